/**
 * Synthetic data, not for production: a generator of a realistic national picture of municipal-waste reporting
 * (regions, collectors, facilities, five years of approved reports, deliveries that reconcile), optionally with planted
 * faults that the portal's checks must find. Used by {@code ./qaldyq generate}, the benchmarks and the integration
 * test of the checks; the application itself never calls it.
 */
package kz.qaldyq.synthetic;
