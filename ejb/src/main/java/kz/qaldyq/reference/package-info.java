/**
 * Reference data loaded by migrations and correctable by an administrator: KATO territorial units (the 20 regions
 * since 2022), the waste classifier in the European List of Waste layout, hazardous properties HP1-HP15 and C16,
 * landfill classes and environmental object categories, and the reporting calendar.
 */
package kz.qaldyq.reference;
