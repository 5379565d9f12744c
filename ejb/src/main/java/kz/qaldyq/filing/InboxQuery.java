package kz.qaldyq.filing;

/** Filters of the reviewer's inbox; null means "any". */
public record InboxQuery(String formCode, Integer year, ReportStatus status, Boolean lateOnly, String sortBy, boolean descending,
                         java.util.List<String> formCodes) {

    public InboxQuery(String formCode, Integer year, ReportStatus status, Boolean lateOnly, String sortBy, boolean descending) {
        this(formCode, year, status, lateOnly, sortBy, descending, null);
    }

    public static InboxQuery all() {
        return new InboxQuery(null, null, null, null, null, false);
    }

    /** The same filters, restricted to these forms (the forms a reviewer's role reviews). */
    public InboxQuery onlyForms(java.util.List<String> codes) {
        return new InboxQuery(formCode, year, status, lateOnly, sortBy, descending, codes);
    }
}
