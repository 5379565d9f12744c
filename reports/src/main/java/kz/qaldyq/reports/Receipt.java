package kz.qaldyq.reports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Input of the receipt for a filed report ({@code common/receipt}). One template serves every form: what differs
 * between forms (header fields, lines, the form's own detail table) arrives as data, with texts already translated
 * and values already formatted by the caller.
 *
 * @param language BCP 47 tag of the language the caller's texts are in ({@code kk}, {@code ru}, {@code en})
 * @param labels   every fixed text the document shows
 * @param title    document title
 * @param subtitle second line under the title, e.g. the form and reporting year; may be blank
 * @param header   label and value pairs describing the filing (form, year, organisation, BIN, status, submitted
 *                 by, submitted at, ...), printed in this order
 * @param lines    the form's indicator lines
 * @param details  the form's detail table, or {@code null} if the form has none
 * @param checks   results of the validation rules; empty prints {@link Labels#noChecks()}
 * @param footer   small print at the bottom of every page, e.g. where the receipt was issued; may be blank
 */
public record Receipt(String language, Labels labels, String title, String subtitle, List<HeaderField> header,
                      List<Line> lines, Details details, List<Check> checks, String footer) {

    public Receipt {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(title, "title");
        subtitle = subtitle == null ? "" : subtitle;
        header = List.copyOf(header);
        lines = List.copyOf(lines);
        checks = List.copyOf(checks);
        footer = footer == null ? "" : footer;
    }

    /**
     * The fixed texts of the receipt.
     *
     * @param lines    caption of the table of lines
     * @param checks   caption of the table of check results
     * @param noChecks printed instead of the check table when no rule reported anything
     * @param pageOf   {@link java.text.MessageFormat} pattern for the page footer, {0} the page and {1} the page
     *                 count, e.g. {@code "Page {0} of {1}"}
     */
    public record Labels(String lines, String code, String label, String unit, String value, String checks,
                         String ruleId, String severity, String message, String explanation, String noChecks,
                         String pageOf) {

        public Labels {
            Objects.requireNonNull(lines, "lines");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(checks, "checks");
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(explanation, "explanation");
            Objects.requireNonNull(noChecks, "noChecks");
            Objects.requireNonNull(pageOf, "pageOf");
        }
    }

    public record HeaderField(String label, String value) {
    }

    /** One indicator line of the form; {@code value} is formatted by the caller, so it keeps its unit's precision. */
    public record Line(String code, String label, String unit, String value) {
    }

    /**
     * A form's free detail table (e.g. waste transfers to third parties): up to {@value #MAX_COLUMNS} text
     * columns, which share the page width equally.
     *
     * @param title    caption printed above the table
     * @param headings the column headings, one to {@value #MAX_COLUMNS}
     * @param rows     the cells, each row with exactly as many cells as there are headings; a cell may be null
     */
    public record Details(String title, List<String> headings, List<List<String>> rows) {

        public static final int MAX_COLUMNS = 4;

        public Details {
            Objects.requireNonNull(title, "title");
            headings = List.copyOf(headings);
            if (headings.isEmpty() || headings.size() > MAX_COLUMNS) {
                throw new IllegalArgumentException(
                        "a detail table has 1 to " + MAX_COLUMNS + " columns, not " + headings.size());
            }
            List<List<String>> copy = new ArrayList<>(rows.size());
            for (List<String> row : rows) {
                if (row.size() != headings.size()) {
                    throw new IllegalArgumentException(
                            "detail row " + copy.size() + " has " + row.size() + " cells for " + headings.size()
                                    + " headings");
                }
                copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
            }
            rows = Collections.unmodifiableList(copy);
        }

        /** The heading of the given zero-based column, or {@code null} past the last one. */
        public String heading(int column) {
            return column < headings.size() ? headings.get(column) : null;
        }
    }

    /** The outcome of one validation rule; {@code severity} is the caller's translated text. */
    public record Check(String ruleId, String severity, String message, String explanation) {
    }
}
