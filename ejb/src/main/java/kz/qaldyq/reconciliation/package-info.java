/**
 * Do the numbers hold together across reporters? Who should have filed and has not; each collector's deliveries to a
 * facility against that facility's receipts from the collector; a region's deliveries to MSW landfills against what
 * its class-3 landfills buried; collected waste per person over the years. Everything is computed on read from the
 * live (not superseded) reports, so a correction on one side changes the other side's flags at once.
 */
package kz.qaldyq.reconciliation;
