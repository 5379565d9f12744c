package kz.qaldyq.registry.historical;

/**
 * What a submission to the ministry needs: the six assessment items of EC art. 143(4) and, per Order No. 329, the
 * origin, the ownership and the liquidation works required.
 */
public enum AssessmentItem {
    /** 1: volumes or masses of pollutants and wastes by type. */
    POLLUTANTS,
    /** 2: affected area with land and water categories. */
    AREA,
    /** 3: level of negative impact, with migration and threat to drinking-water sources. */
    IMPACT,
    /** 4: hazardous substances under international treaties (answered also when none was found). */
    TREATY_SUBSTANCES,
    /** 5: population living in the impacted zone. */
    POPULATION_IN_ZONE,
    /** 6: population living under threat. */
    POPULATION_UNDER_THREAT,
    ORIGIN,
    OWNERSHIP,
    WORKS_REQUIRED
}
