/** Page parts about organisations shared by several pages: the lazily paged organisation list. */
package kz.qaldyq.web.organisation;
