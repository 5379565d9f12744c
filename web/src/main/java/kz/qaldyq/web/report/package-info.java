/**
 * Page parts about reports shared by the respondent's and the reviewer's pages: a report as shown (header, comments of
 * the last return, history), the lazily paged report lists, the facility picker's converter and the choices of form,
 * year and state.
 */
package kz.qaldyq.web.report;
