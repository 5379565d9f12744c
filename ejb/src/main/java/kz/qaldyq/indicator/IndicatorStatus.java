package kz.qaldyq.indicator;

/** How a value stands against the year's target. */
public enum IndicatorStatus {
    ON_TRACK, BEHIND, NO_DATA, NO_TARGET
}
