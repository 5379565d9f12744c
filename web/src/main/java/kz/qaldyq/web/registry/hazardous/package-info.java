/**
 * Pages of the hazardous-waste generator registry: the generator's registration, passports and inventories, the
 * ministry's registry search with its extract, a generator's entry with the ministry's decision, and the licence and
 * notification registers. The inventories themselves open in the filing and review pages of the forms.
 */
package kz.qaldyq.web.registry.hazardous;
