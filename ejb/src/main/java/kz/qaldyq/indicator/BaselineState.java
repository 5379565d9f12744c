package kz.qaldyq.indicator;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The base year of a reduction indicator as the dashboard shows it: frozen (by whom, when, which value) or still
 * provisional, and the base-year figure the approved data give today. When the two differ the data moved after the
 * freeze; the frozen value still counts, and the dashboard says so.
 */
public record BaselineState(int baseYear, boolean frozen, Instant frozenAt, String frozenBy, BigDecimal frozenValue,
                            BigDecimal liveValue) {

    public boolean moved() {
        return frozen && liveValue != null && (frozenValue == null || frozenValue.compareTo(liveValue) != 0);
    }

    /** The value reductions are computed against. */
    public BigDecimal base() {
        return frozen ? frozenValue : liveValue;
    }
}
