package kz.qaldyq.filing;

/** Filters of the reviewer's inbox; null means "any". */
public record InboxQuery(String formCode, Integer year, ReportStatus status, Boolean lateOnly, String sortBy, boolean descending) {

    public static InboxQuery all() {
        return new InboxQuery(null, null, null, null, null, false);
    }
}
