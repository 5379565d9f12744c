package kz.qaldyq.registry.hazardous;

import static kz.qaldyq.platform.Roles.ADMIN;
import static kz.qaldyq.platform.Roles.AKIMAT;
import static kz.qaldyq.platform.Roles.ENTERPRISE;
import static kz.qaldyq.platform.Roles.MINISTRY;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kz.qaldyq.filing.FilingService;
import kz.qaldyq.filing.NewReport;
import kz.qaldyq.filing.Report;
import kz.qaldyq.filing.ReportRepository;
import kz.qaldyq.organisation.DataScope;
import kz.qaldyq.organisation.Facility;
import kz.qaldyq.organisation.OrganisationService;
import kz.qaldyq.platform.AccessDeniedException;
import kz.qaldyq.platform.BusinessException;

/**
 * The annual hazardous-waste inventory (EC art. 347, due 1 March) around the filing machinery: the inventory is the
 * form {@code hazardous-inventory}, one report per facility, year and waste code, filed, validated, submitted and
 * reviewed (by the ministry) through {@link FilingService} and {@code ReviewService} like every form. This service
 * adds what is per facility: its inventories of a year, "start from last year" for all its codes, and the approved
 * lines that indicators 1 and 3 read.
 */
@Stateless
public class InventoryService {

    public static final String FORM = GeneratorService.INVENTORY_FORM;

    @PersistenceContext
    private EntityManager em;
    @Inject
    private DataScope scope;
    @Inject
    private OrganisationService organisations;
    @Inject
    private FilingService filing;
    @Inject
    private ReportRepository reports;

    /** A draft inventory of one facility, year and waste code (the facility's organisation files it). */
    @RolesAllowed(ENTERPRISE)
    public Report create(long facilityId, int year, String wasteCode) {
        Facility facility = organisations.getFacility(facilityId);
        return filing.createDraft(new NewReport(FORM, year, facility.getOrganisation().getId(), null, facilityId, wasteCode));
    }

    /** The live inventories of a facility for a year, one per waste code. */
    @RolesAllowed({ENTERPRISE, AKIMAT, MINISTRY, ADMIN})
    public List<Report> ofFacility(long facilityId, int year) {
        organisations.getFacility(facilityId);
        return reports.findLiveOfFacility(facilityId, FORM, year);
    }

    /** The live inventories of an organisation, every facility and year, newest year first. */
    @RolesAllowed({ENTERPRISE, AKIMAT, MINISTRY, ADMIN})
    public List<Report> ofOrganisation(long organisationId) {
        scope.requireOrganisation(organisations.get(organisationId));
        return em.createQuery("select r from Report r left join fetch r.facility where r.organisation.id = :org and r.formCode = :form"
                        + " and r.status <> kz.qaldyq.filing.ReportStatus.SUPERSEDED order by r.reportingYear desc, r.facility.name, r.wasteCode", Report.class)
                .setParameter("org", organisationId).setParameter("form", FORM).getResultList();
    }

    /**
     * "Start from last year": a draft for each waste code the facility inventoried last year and has not started this
     * year, with last year's counterparties (received from, transferred to, operation) and no quantity.
     */
    @RolesAllowed(ENTERPRISE)
    public List<Report> startFromLastYear(long facilityId, int year) {
        Facility facility = organisations.getFacility(facilityId);
        scope.requireActingFor(facility.getOrganisation());
        List<Report> last = reports.findLiveOfFacility(facilityId, FORM, year - 1);
        if (last.isEmpty()) {
            throw new BusinessException("report.noPriorYear", year - 1);
        }
        List<String> started = reports.findLiveOfFacility(facilityId, FORM, year).stream().map(Report::getWasteCode).toList();
        List<Report> created = new ArrayList<>();
        for (Report prior : last) {
            if (started.contains(prior.getWasteCode())) {
                continue;
            }
            Report draft = filing.createDraft(new NewReport(FORM, year, facility.getOrganisation().getId(), null, facilityId, prior.getWasteCode()));
            created.add(filing.startFromLastYear(draft.getId(), draft.getLockVersion()));
        }
        return created;
    }

    /**
     * Approved inventory lines (view {@code hazardous_inventory_line}) for a year, of one region or (null) all: the
     * data of indicator 1 (facilities of registered generators with an approved inventory) and indicator 3 (generated
     * minus recovered). An akimat reads its own region only.
     */
    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    @SuppressWarnings("unchecked")
    public List<InventoryLine> approvedLines(int year, String regionCode) {
        String region = regionCode;
        if (!scope.isNational()) {
            String own = scope.callerRegion().orElseThrow(() -> new AccessDeniedException("scope.noRegion"));
            if (region != null && !region.equals(own)) {
                throw new AccessDeniedException("scope.region", region);
            }
            region = own;
        }
        List<Object[]> rows = em.createNativeQuery("select report_id, organisation_id, facility_id, region_code, reporting_year, waste_code, hazardous,"
                        + " stock_start, generated, received, transferred, recovered_on_site, disposed_on_site, stock_end, transferred_for_recovery"
                        + " from hazardous_inventory_line where reporting_year = ?1 and (cast(?2 as varchar) is null or region_code = ?2)"
                        + " order by region_code, facility_id, waste_code")
                .setParameter(1, year).setParameter(2, region).getResultList();
        List<InventoryLine> lines = new ArrayList<>();
        for (Object[] r : rows) {
            lines.add(new InventoryLine(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                    (String) r[3], ((Number) r[4]).intValue(), (String) r[5], (Boolean) r[6], (BigDecimal) r[7], (BigDecimal) r[8],
                    (BigDecimal) r[9], (BigDecimal) r[10], (BigDecimal) r[11], (BigDecimal) r[12], (BigDecimal) r[13], (BigDecimal) r[14]));
        }
        return lines;
    }

    /** The active facilities of registered generators (the denominator of indicator 1), of one region or (null) all. */
    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public long registeredFacilities(String regionCode) {
        if (!scope.isNational() && (regionCode == null || !scope.callerRegion().map(regionCode::equals).orElse(false))) {
            throw new AccessDeniedException("scope.region", String.valueOf(regionCode));
        }
        return ((Number) em.createNativeQuery("select count(distinct f.id) from hazardous_generator g"
                        + " join hazardous_generator_facility gf on gf.generator_id = g.id join facility f on f.id = gf.facility_id"
                        + " where g.status = 'REGISTERED' and f.active and (cast(?1 as varchar) is null or substring(f.kato_code, 1, 2) = substring(?1, 1, 2))")
                .setParameter(1, regionCode).getSingleResult()).longValue();
    }
}
