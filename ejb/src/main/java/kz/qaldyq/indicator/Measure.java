package kz.qaldyq.indicator;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a formula read for one region and year, before it becomes a percentage: the volume (tonnes) for a reduction,
 * numerator and denominator for a share; how many approved sources produced it and when the last of them was approved
 * or entered.
 */
public record Measure(BigDecimal numerator, BigDecimal denominator, int sources, Instant lastChange) {

    public static final Measure NONE = new Measure(BigDecimal.ZERO, BigDecimal.ZERO, 0, null);

    public Measure plus(Measure other) {
        Instant last = lastChange == null ? other.lastChange
                : other.lastChange == null || lastChange.isAfter(other.lastChange) ? lastChange : other.lastChange;
        return new Measure(numerator.add(other.numerator), denominator.add(other.denominator), sources + other.sources, last);
    }

    public boolean isEmpty() {
        return sources == 0;
    }
}
