/**
 * The portal's printable documents: {@link kz.qaldyq.reports.ReportService} turns typed input records (an extract
 * from the register of organisations, the receipt for a filed report) into PDF or XLSX, using JasperReports
 * templates compiled when this module is built and DejaVu Sans embedded in every PDF so that Kazakh letters
 * print anywhere. The records carry display-ready strings, translated and formatted by the caller, and never
 * entities: this module knows nothing of persistence, security or the portal's message bundles, which keeps it
 * usable from any tier and testable without a server.
 */
package kz.qaldyq.reports;
