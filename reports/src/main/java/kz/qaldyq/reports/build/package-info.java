/**
 * Build-time tooling of the reports module: the compiler that turns the {@code .jrxml} templates into the
 * {@code .jasper} files shipped in the jar. Nothing here runs inside the portal.
 */
package kz.qaldyq.reports.build;
