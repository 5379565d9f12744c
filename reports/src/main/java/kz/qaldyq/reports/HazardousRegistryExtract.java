package kz.qaldyq.reports;

import java.util.List;
import java.util.Objects;

/**
 * Input of the extract from the hazardous-waste generator registry ({@code hazardous/registry-extract}): one row per
 * generator, already formatted for display in the caller's language.
 *
 * @param language    BCP 47 tag of the language the texts are in ({@code kk}, {@code ru}, {@code en})
 * @param labels      every fixed text the document shows, translated by the caller
 * @param title       document title
 * @param filter      human-readable description of what was selected; may be blank
 * @param generatedAt when the extract was made, formatted by the caller
 * @param generatedBy who made it
 * @param rows        the generators, in the order to print
 */
public record HazardousRegistryExtract(String language, Labels labels, String title, String filter, String generatedAt,
                                       String generatedBy, List<Row> rows) {

    public HazardousRegistryExtract {
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
    public record Labels(String number, String name, String region, String status, String facilities, String codes,
                         String prtr, String generatedAt, String generatedBy, String total, String pageOf) {

        public Labels {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(facilities, "facilities");
            Objects.requireNonNull(codes, "codes");
            Objects.requireNonNull(prtr, "prtr");
            Objects.requireNonNull(generatedAt, "generatedAt");
            Objects.requireNonNull(generatedBy, "generatedBy");
            Objects.requireNonNull(total, "total");
            Objects.requireNonNull(pageOf, "pageOf");
        }
    }

    /**
     * One generator of the registry.
     *
     * @param number     registry number, blank before registration
     * @param name       organisation name and BIN
     * @param status     registration status
     * @param facilities number of declared facilities
     * @param codes      waste codes of the current passports
     * @param prtr       the years the generator is marked for the PRTR, blank if none
     */
    public record Row(String number, String name, String region, String status, String facilities, String codes, String prtr) {
    }
}
