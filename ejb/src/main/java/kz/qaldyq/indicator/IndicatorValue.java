package kz.qaldyq.indicator;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An indicator's value for a year, nationally ({@code regionCode} null) or for a region, with the formula version that
 * produced it, what it read ({@link Measure}), the base it was compared with, the target and the status.
 */
public record IndicatorValue(int indicatorNo, int year, String regionCode, int formulaVersion, BigDecimal value,
                             Measure measure, BigDecimal base, BigDecimal target, IndicatorStatus status) {

    public boolean hasValue() {
        return value != null;
    }

    public Instant lastChange() {
        return measure == null ? null : measure.lastChange();
    }

    public int sources() {
        return measure == null ? 0 : measure.sources();
    }
}
