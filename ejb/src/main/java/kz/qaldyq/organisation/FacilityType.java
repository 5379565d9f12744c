package kz.qaldyq.organisation;

/** Kinds of waste facility (EC art. 319-326 operations) and production sites of generators. */
public enum FacilityType {
    SORTING, RECYCLING, COMPOSTING, ENERGY_RECOVERY, LANDFILL, PRODUCTION_SITE
}
