package kz.qaldyq.web.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kz.qaldyq.indicator.IndicatorValue;

/**
 * The small chart of an indicator card as SVG geometry: a bar per year 2025-2030 (negative values below the zero
 * line) and the target line. Computed here so the page only draws.
 */
public record Chart(List<Bar> bars, String targetPoints, double zeroY, int width, int height) {

    private static final int WIDTH = 300;
    private static final int HEIGHT = 120;
    private static final int TOP = 14;
    private static final int BOTTOM = 18;
    private static final int SLOT = WIDTH / 6;

    /** One year's bar; {@code css} tells status. */
    public record Bar(int year, double x, double y, double height, double labelX, String value, String css) {
    }

    static Chart of(List<IndicatorValue> series) {
        BigDecimal max = BigDecimal.TEN;
        BigDecimal min = BigDecimal.ZERO;
        for (IndicatorValue v : series) {
            for (BigDecimal d : new BigDecimal[] {v.value(), v.target()}) {
                if (d != null) {
                    max = max.max(d);
                    min = min.min(d);
                }
            }
        }
        double span = max.subtract(min).doubleValue();
        double plot = HEIGHT - TOP - BOTTOM;
        double zero = TOP + max.doubleValue() / span * plot;
        List<Bar> bars = new ArrayList<>();
        StringBuilder target = new StringBuilder();
        for (int i = 0; i < series.size(); i++) {
            IndicatorValue v = series.get(i);
            double x = i * SLOT + SLOT * 0.2;
            double centre = i * SLOT + SLOT / 2.0;
            if (v.value() != null) {
                double y = TOP + max.subtract(v.value()).doubleValue() / span * plot;
                bars.add(new Bar(v.year(), x, Math.min(y, zero), Math.max(1, Math.abs(zero - y)), centre,
                        v.value().toPlainString(), "q-bar-" + v.status().name()));
            } else {
                bars.add(new Bar(v.year(), x, zero, 0, centre, "", "q-bar-NO_DATA"));
            }
            if (v.target() != null) {
                double y = TOP + max.subtract(v.target()).doubleValue() / span * plot;
                target.append(target.length() == 0 ? "" : " ").append(round(centre)).append(',').append(round(y));
            }
        }
        Objects.requireNonNull(bars);
        return new Chart(bars, target.toString(), round(zero), WIDTH, HEIGHT);
    }

    private static double round(double d) {
        return Math.round(d * 10) / 10.0;
    }

    public double getBarWidth() {
        return SLOT * 0.6;
    }

    public double getLabelY() {
        return HEIGHT - 4;
    }
}
