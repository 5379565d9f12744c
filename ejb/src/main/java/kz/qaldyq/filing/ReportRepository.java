package kz.qaldyq.filing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.qaldyq.platform.Page;

/** Finds reports and their history; lists page in the database. */
@Stateless
public class ReportRepository {

    private static final Map<String, String> SORTS = Map.of(
            "submittedAt", "r.submittedAt", "year", "r.reportingYear", "status", "r.status",
            "organisation", "r.organisation.name.ru", "form", "r.formCode");

    @PersistenceContext
    private EntityManager em;

    public Optional<Report> findById(long id) {
        // the organisation and facility come along: pages and receipts show them after the transaction has ended
        return em.createQuery("select r from Report r join fetch r.organisation left join fetch r.facility where r.id = :id", Report.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** The live (not superseded) report of a respondent for a form, year and subject. */
    public Optional<Report> findLive(long organisationId, String formCode, int year, String regionCode, Long facilityId) {
        return findLive(organisationId, formCode, year, regionCode, facilityId, null);
    }

    /** The live report of a respondent for a form, year, subject and (for forms filed per waste code) waste code. */
    public Optional<Report> findLive(long organisationId, String formCode, int year, String regionCode, Long facilityId, String wasteCode) {
        TypedQuery<Report> query = em.createQuery("select r from Report r where r.organisation.id = :org and r.formCode = :form and r.reportingYear = :year"
                        + " and r.status <> kz.qaldyq.filing.ReportStatus.SUPERSEDED"
                        + (facilityId == null ? " and r.regionCode = :region and r.facility is null" : " and r.facility.id = :facility")
                        + (wasteCode == null ? " and r.wasteCode is null" : " and r.wasteCode = :code"), Report.class)
                .setParameter("org", organisationId).setParameter("form", formCode).setParameter("year", year)
                .setParameter(facilityId == null ? "region" : "facility", facilityId == null ? regionCode : facilityId);
        if (wasteCode != null) {
            query.setParameter("code", wasteCode);
        }
        return query.getResultStream().findFirst();
    }

    /** The approved report of the same respondent and subject (and waste code) for an earlier year, if any. */
    public Optional<Report> findPriorApproved(Report report, int year) {
        return findLive(report.getOrganisation().getId(), report.getFormCode(), year, report.getRegionCode(),
                report.getFacility() == null ? null : report.getFacility().getId(), report.getWasteCode())
                .filter(r -> r.getStatus() == ReportStatus.APPROVED);
    }

    /** Live reports of a respondent's facility for a form filed per waste code, for a year. */
    public List<Report> findLiveOfFacility(long facilityId, String formCode, int year) {
        return em.createQuery("select r from Report r where r.facility.id = :facility and r.formCode = :form and r.reportingYear = :year"
                        + " and r.status <> kz.qaldyq.filing.ReportStatus.SUPERSEDED order by r.wasteCode", Report.class)
                .setParameter("facility", facilityId).setParameter("form", formCode).setParameter("year", year).getResultList();
    }

    public Page<Report> findForRegion(String regionCode, InboxQuery query, int offset, int limit) {
        return page("r.regionCode = :region", Map.of("region", regionCode), query, offset, limit);
    }

    public Page<Report> findForOrganisations(List<Long> organisationIds, InboxQuery query, int offset, int limit) {
        if (organisationIds.isEmpty()) {
            return new Page<>(List.of(), 0);
        }
        return page("r.organisation.id in :orgs", Map.of("orgs", organisationIds), query, offset, limit);
    }

    public Page<Report> findAll(InboxQuery query, int offset, int limit) {
        return page("1 = 1", Map.of(), query, offset, limit);
    }

    private Page<Report> page(String scope, Map<String, Object> scopeParams, InboxQuery query, int offset, int limit) {
        StringBuilder where = new StringBuilder(" where ").append(scope).append(" and r.status <> kz.qaldyq.filing.ReportStatus.SUPERSEDED");
        Map<String, Object> params = new HashMap<>(scopeParams);
        if (query.formCode() != null) {
            where.append(" and r.formCode = :form");
            params.put("form", query.formCode());
        }
        if (query.formCodes() != null) {
            where.append(" and r.formCode in :forms");
            params.put("forms", query.formCodes().isEmpty() ? List.of("") : query.formCodes());
        }
        if (query.year() != null) {
            where.append(" and r.reportingYear = :year");
            params.put("year", query.year());
        }
        if (query.status() != null) {
            where.append(" and r.status = :status");
            params.put("status", query.status());
        }
        if (Boolean.TRUE.equals(query.lateOnly())) {
            where.append(" and r.late = true");
        }
        // Map.of refuses a null key, and "no sort asked for" is the common case
        String order = query.sortBy() == null ? "r.updatedAt" : SORTS.getOrDefault(query.sortBy(), "r.updatedAt");
        TypedQuery<Long> count = em.createQuery("select count(r) from Report r" + where, Long.class);
        TypedQuery<Report> page = em.createQuery("select r from Report r join fetch r.organisation left join fetch r.facility" + where
                + " order by " + order + (query.descending() || query.sortBy() == null ? " desc" : " asc") + ", r.id desc", Report.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            page.setParameter(k, v);
        });
        return new Page<>(page.setFirstResult(offset).setMaxResults(limit).getResultList(), count.getSingleResult());
    }

    public List<Report> findVersions(Report report) {
        return em.createQuery("select r from Report r where r.organisation.id = :org and r.formCode = :form and r.reportingYear = :year"
                        + " and r.regionCode = :region order by r.correctionNo", Report.class)
                .setParameter("org", report.getOrganisation().getId()).setParameter("form", report.getFormCode())
                .setParameter("year", report.getReportingYear()).setParameter("region", report.getRegionCode())
                .getResultList().stream()
                .filter(r -> java.util.Objects.equals(r.getFacility() == null ? null : r.getFacility().getId(),
                        report.getFacility() == null ? null : report.getFacility().getId()))
                .filter(r -> java.util.Objects.equals(r.getWasteCode(), report.getWasteCode()))
                .toList();
    }

    /** Approved values of the same respondent, form and subject for a span of years: year → line → value. */
    @SuppressWarnings("unchecked")
    public Map<Integer, Map<String, BigDecimal>> approvedValues(Report report, int fromYear, int toYear) {
        List<Object[]> rows = em.createNativeQuery("select r.reporting_year, v.line_code, v.value from report r"
                        + " join report_value v on v.report_id = r.id where r.organisation_id = ?1 and r.form_code = ?2"
                        + " and r.region_code = ?3 and coalesce(r.facility_id, 0) = ?4 and r.status = 'APPROVED'"
                        + " and r.reporting_year between ?5 and ?6 and coalesce(r.waste_code, '') = ?7")
                .setParameter(1, report.getOrganisation().getId()).setParameter(2, report.getFormCode())
                .setParameter(3, report.getRegionCode()).setParameter(4, report.getFacility() == null ? 0L : report.getFacility().getId())
                .setParameter(5, fromYear).setParameter(6, toYear)
                .setParameter(7, report.getWasteCode() == null ? "" : report.getWasteCode()).getResultList();
        Map<Integer, Map<String, BigDecimal>> byYear = new java.util.TreeMap<>();
        for (Object[] row : rows) {
            byYear.computeIfAbsent(((Number) row[0]).intValue(), y -> new HashMap<>()).put((String) row[1], (BigDecimal) row[2]);
        }
        return byYear;
    }

    public List<ReportEvent> history(long reportId) {
        return em.createNamedQuery("ReportEvent.findByReport", ReportEvent.class).setParameter("report", reportId).getResultList();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }
}
