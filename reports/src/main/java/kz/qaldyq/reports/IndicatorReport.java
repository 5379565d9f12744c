package kz.qaldyq.reports;

import java.util.List;
import java.util.Objects;

/**
 * Input of the indicator report ({@code indicator/indicator-report}): each indicator's value of a year against its
 * target, nationally and per region, already formatted in the caller's language.
 *
 * @param language    BCP 47 tag of the language the texts are in ({@code kk}, {@code ru}, {@code en})
 * @param labels      every fixed text the document shows, translated by the caller
 * @param title       document title (with the year)
 * @param filter      the scope (country or region) and the data freshness
 * @param generatedAt when the report was made, formatted by the caller
 * @param generatedBy who made it
 * @param rows        the values, in the order to print
 */
public record IndicatorReport(String language, Labels labels, String title, String filter, String generatedAt,
                              String generatedBy, List<Row> rows) {

    public IndicatorReport {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(title, "title");
        filter = filter == null ? "" : filter;
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(generatedBy, "generatedBy");
        rows = List.copyOf(rows);
    }

    /** The fixed texts; {@code pageOf} is a {@link java.text.MessageFormat} pattern, {0} the page, {1} the count. */
    public record Labels(String no, String name, String region, String value, String target, String status, String formula,
                         String sources, String generatedAt, String generatedBy, String pageOf) {

        public Labels {
            Objects.requireNonNull(no, "no");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(formula, "formula");
            Objects.requireNonNull(sources, "sources");
            Objects.requireNonNull(generatedAt, "generatedAt");
            Objects.requireNonNull(generatedBy, "generatedBy");
            Objects.requireNonNull(pageOf, "pageOf");
        }
    }

    /** One value: indicator number and name, the region (or the country), value, target, status, formula, sources. */
    public record Row(String no, String name, String region, String value, String target, String status, String formula,
                      String sources) {
    }
}
