package kz.qaldyq.indicator;

import java.util.List;
import java.util.Optional;

/** What the dashboard shows of one indicator: the year's value, the series 2025-2030 and, for reductions, the base. */
public record IndicatorCard(Indicator indicator, Formula formula, IndicatorValue current, List<IndicatorValue> series,
                            Optional<BaselineState> baseline) {

    public boolean isOfficialFormula() {
        return formula.getVersion() == indicator.getOfficialFormula();
    }
}
