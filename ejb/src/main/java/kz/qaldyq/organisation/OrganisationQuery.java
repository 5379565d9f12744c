package kz.qaldyq.organisation;

/** Filters of the organisation search: free text over BIN and names, region, activity. Null means "any". */
public record OrganisationQuery(String text, String regionCode, Activity activity) {

    public static OrganisationQuery all() {
        return new OrganisationQuery(null, null, null);
    }
}
