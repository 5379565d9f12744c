package kz.qaldyq.filing;

/** What a respondent chooses to start a report: form, year, organisation, and region (waste-1) or facility (waste-2). */
public record NewReport(String formCode, int year, long organisationId, String regionCode, Long facilityId) {
}
