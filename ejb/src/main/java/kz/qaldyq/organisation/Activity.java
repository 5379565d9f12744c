package kz.qaldyq.organisation;

/** What an organisation does in the waste system; decides which forms and registries concern it. */
public enum Activity {
    /** Collects and removes municipal waste: files waste-1. */
    COLLECTOR,
    /** Operates a sorting, recycling, composting, energy-recovery plant or landfill: files waste-2 per facility. */
    FACILITY_OPERATOR,
    /** Generates hazardous waste: registers, files passports and the annual inventory. */
    HAZARDOUS_GENERATOR,
    /** Holds a licence for hazardous-waste operations (EC art. 336). */
    LICENSED_PROCESSOR
}
