package kz.qaldyq.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.qaldyq.organisation.Facility;
import kz.qaldyq.organisation.Organisation;
import kz.qaldyq.organisation.OrganisationQuery;
import kz.qaldyq.organisation.OrganisationService;
import kz.qaldyq.organisation.UserService;
import kz.qaldyq.platform.Roles;
import kz.qaldyq.reference.KatoUnit;
import kz.qaldyq.reference.ReferenceService;
import kz.qaldyq.reference.ReportingDeadline;
import kz.qaldyq.web.organisation.OrganisationLazyModel;

/** The home page of each role: own organisations and calendar, the region, or the national counts. */
@Named
@ViewScoped
public class HomeBacking implements Serializable {

    /** A form due for a reporting year. */
    public record Due(ReportingDeadline deadline, int reportingYear, LocalDate dueDate, boolean overdue) {
    }

    @Inject
    private OrganisationService organisations;
    @Inject
    private ReferenceService reference;
    @Inject
    private UserService users;
    @Inject
    private CurrentUserBacking currentUser;

    private List<Organisation> mine = List.of();
    private Map<Long, List<Facility>> facilities = Map.of();
    private List<Due> calendar = List.of();
    private KatoUnit region;
    private OrganisationLazyModel regionOrganisations;
    private long organisationCount;
    private long facilityCount;
    private int regionCount;
    private long wasteCodeCount;

    @PostConstruct
    void load() {
        String role = currentUser.getRole();
        LocalDate today = LocalDate.now();
        if (Roles.ENTERPRISE.equals(role)) {
            mine = organisations.mine();
            facilities = mine.stream().collect(Collectors.toMap(Organisation::getId, o -> organisations.facilitiesOf(o.getId())));
            calendar = reference.deadlines().stream().map(d -> {
                int year = d.nextReportingYear(today);
                return new Due(d, year, d.dueDateFor(year), today.isAfter(d.dueDateFor(year)));
            }).toList();
        } else if (Roles.AKIMAT.equals(role)) {
            String code = users.me(null).getRegionCode();
            if (code != null) {
                region = reference.getKato(code);
                organisationCount = organisations.countInRegion(code);
                regionOrganisations = new OrganisationLazyModel(organisations, OrganisationQuery.all());
            }
        } else {
            organisationCount = organisations.countAll();
            facilityCount = organisations.countFacilities();
            regionCount = reference.regions().size();
            wasteCodeCount = reference.countWasteCodes();
        }
    }

    public List<Organisation> getMine() {
        return mine;
    }

    public List<Facility> facilitiesOf(Organisation organisation) {
        return facilities.getOrDefault(organisation.getId(), List.of());
    }

    public List<Due> getCalendar() {
        return calendar;
    }

    public KatoUnit getRegion() {
        return region;
    }

    public OrganisationLazyModel getRegionOrganisations() {
        return regionOrganisations;
    }

    public long getOrganisationCount() {
        return organisationCount;
    }

    public long getFacilityCount() {
        return facilityCount;
    }

    public int getRegionCount() {
        return regionCount;
    }

    public long getWasteCodeCount() {
        return wasteCodeCount;
    }

    public Function<String, String> regionName() {
        return code -> reference.findKato(code).map(k -> k.nameIn(Messages.currentLocale())).orElse(code);
    }
}
