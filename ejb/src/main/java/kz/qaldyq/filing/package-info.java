/**
 * The statistical forms waste-1 and waste-2: form versions as data (sections, lines, detail tables, rule catalogue),
 * reports filed under a version, and their review workflow DRAFT → SUBMITTED → UNDER_REVIEW → APPROVED or RETURNED,
 * with corrections after approval as new versions. Every transition and every change of a value is recorded.
 */
package kz.qaldyq.filing;
