/**
 * The hazardous-waste generator registry (DOMAIN §4; EC art. 336, 337, 343, 347): generators and their facilities,
 * reviewed by the ministry; passports per facility and hazardous waste, versioned on revision; the licences and
 * notifications of receivers; and the facts the annual inventory's rules read. The inventory itself is the form
 * {@code hazardous-inventory} of the filing machinery (one report per facility, year and waste code, reviewed by the
 * ministry with the same workflow, receipts and history as the statistical forms).
 */
package kz.qaldyq.registry.hazardous;
