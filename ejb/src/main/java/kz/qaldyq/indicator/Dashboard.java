package kz.qaldyq.indicator;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The indicators for a year, nationally ({@code regionCode} null) or for one region. */
public record Dashboard(int year, String regionCode, List<IndicatorCard> cards) {

    /** The last approval or entry among the data the values of the year were computed from. */
    public Instant freshness() {
        return cards.stream().flatMap(c -> c.series().stream()).map(IndicatorValue::lastChange).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
    }
}
