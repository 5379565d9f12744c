package kz.qaldyq.reports;

import java.util.List;
import java.util.Objects;

/**
 * Input of the extract from the register of organisations ({@code organisation/register-extract}): one row per
 * organisation that matched the caller's filter, already formatted for display.
 *
 * @param language    BCP 47 tag of the language the caller's texts are in ({@code kk}, {@code ru}, {@code en})
 * @param labels      every fixed text the document shows, translated by the caller
 * @param title       document title
 * @param filter      human-readable description of the filter that selected the rows; may be blank
 * @param generatedAt when the extract was made, formatted by the caller
 * @param generatedBy who made it
 * @param rows        the organisations, in the order to print
 */
public record OrganisationExtract(String language, Labels labels, String title, String filter, String generatedAt,
                                  String generatedBy, List<Row> rows) {

    public OrganisationExtract {
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
     * @param pageOf {@link java.text.MessageFormat} pattern for the page footer, {0} the page and {1} the page
     *               count, e.g. {@code "Page {0} of {1}"}; a pattern rather than two words because the word order
     *               differs between Kazakh, Russian and English
     * @param total  label before the number of organisations at the end of the extract
     */
    public record Labels(String bin, String name, String region, String activities, String generatedAt,
                         String generatedBy, String total, String pageOf) {

        public Labels {
            Objects.requireNonNull(bin, "bin");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(activities, "activities");
            Objects.requireNonNull(generatedAt, "generatedAt");
            Objects.requireNonNull(generatedBy, "generatedBy");
            Objects.requireNonNull(total, "total");
            Objects.requireNonNull(pageOf, "pageOf");
        }
    }

    /**
     * One organisation of the register.
     *
     * @param activities the organisation's activities, joined by the caller (e.g. with "; ")
     */
    public record Row(String bin, String name, String region, String activities) {
    }
}
