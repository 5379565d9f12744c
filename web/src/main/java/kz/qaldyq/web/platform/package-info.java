/** Servlet-level plumbing of the web tier: the error pages for pages and the API alike. */
package kz.qaldyq.web.platform;
