package kz.qaldyq.reconciliation;

/** An organisation expected to file that has not submitted: it filed last year, or it is registered and never filed. */
public record MissingRespondent(long organisationId, String bin, String nameKk, String nameRu, String nameEn,
                                Integer lastFiledYear, Reason reason) {

    public enum Reason { FILED_LAST_YEAR, NEVER_FILED, FILED_EARLIER }
}
