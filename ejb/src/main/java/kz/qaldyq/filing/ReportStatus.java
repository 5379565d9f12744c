package kz.qaldyq.filing;

/** Where a report stands in its review (DOMAIN §3, "The review workflow"). */
public enum ReportStatus {
    DRAFT, SUBMITTED, UNDER_REVIEW, RETURNED, APPROVED,
    /** An approved version replaced by its correction; kept for history and comparison. */
    SUPERSEDED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
