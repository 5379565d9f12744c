package kz.qaldyq.filing;

/**
 * What a respondent chooses to start a report: form, year, organisation, and region (waste-1) or facility (waste-2),
 * and the waste code for a form filed per waste code (the hazardous-waste inventory).
 */
public record NewReport(String formCode, int year, long organisationId, String regionCode, Long facilityId, String wasteCode) {

    public NewReport(String formCode, int year, long organisationId, String regionCode, Long facilityId) {
        this(formCode, year, organisationId, regionCode, facilityId, null);
    }
}
