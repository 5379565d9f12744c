package kz.qaldyq.registry.historical;

/** Land fund category of the affected land (Land Code art. 1). */
public enum LandCategory {
    AGRICULTURAL, SETTLEMENT, INDUSTRIAL, PROTECTED, FOREST, WATER_FUND, RESERVE
}
