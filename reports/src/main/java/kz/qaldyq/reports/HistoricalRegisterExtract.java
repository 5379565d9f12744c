package kz.qaldyq.reports;

import java.util.List;
import java.util.Objects;

/**
 * Input of the extract from the historical-pollution register ({@code historical/register-extract}): one row per
 * object, already formatted for display in the caller's language.
 *
 * @param language    BCP 47 tag of the language the texts are in ({@code kk}, {@code ru}, {@code en})
 * @param labels      every fixed text the document shows, translated by the caller
 * @param title       document title
 * @param filter      human-readable description of what was selected; may be blank
 * @param generatedAt when the extract was made, formatted by the caller
 * @param generatedBy who made it
 * @param rows        the objects, in the order to print
 */
public record HistoricalRegisterExtract(String language, Labels labels, String title, String filter, String generatedAt,
                                        String generatedBy, List<Row> rows) {

    public HistoricalRegisterExtract {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(title, "title");
        filter = filter == null ? "" : filter;
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(generatedBy, "generatedBy");
        rows = List.copyOf(rows);
    }

    /**
     * The fixed texts of the extract.
     *
     * @param pageOf {@link java.text.MessageFormat} pattern of the page footer, {0} the page and {1} the page count
     */
    public record Labels(String number, String name, String region, String type, String category, String status,
                         String amounts, String generatedAt, String generatedBy, String total, String pageOf) {

        public Labels {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(amounts, "amounts");
            Objects.requireNonNull(generatedAt, "generatedAt");
            Objects.requireNonNull(generatedBy, "generatedBy");
            Objects.requireNonNull(total, "total");
            Objects.requireNonNull(pageOf, "pageOf");
        }
    }

    /**
     * One object of the register.
     *
     * @param number   the object's register number
     * @param category priority category and queue position, or blank before categorisation
     * @param amounts  pollutant amounts totalled per unit (never across units), joined by the caller
     */
    public record Row(String number, String name, String region, String type, String category, String status,
                      String amounts) {
    }
}
