/**
 * The portal's JSON API under /api for scripts and other systems, with bearer tokens of the same realm. Resources
 * parse and validate, delegate to the same services as the pages (so the same data scope applies), and speak DTOs;
 * errors are RFC 9457 problem documents naming the rules that failed.
 */
package kz.qaldyq.web.api;
