/** The respondent's pages: the list of its reports, starting a report, filling, checking and submitting it. */
package kz.qaldyq.web.filing;
