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

    /**
     * The region's approved totals of a form for a year, by line code: the sum over every approved report of the
     * form filed for the region (waste-1) or by a facility in it (waste-2).
     */
    @SuppressWarnings("unchecked")
    public Map<String, BigDecimal> regionApprovedTotals(String formCode, String regionCode, int year) {
        List<Object[]> rows = em.createNativeQuery("select v.line_code, sum(v.value) from report r join report_value v on v.report_id = r.id"
                        + " where r.form_code = ?1 and r.region_code = ?2 and r.reporting_year = ?3 and r.status = 'APPROVED'"
                        + " group by v.line_code")
                .setParameter(1, formCode).setParameter(2, regionCode).setParameter(3, year).getResultList();
        Map<String, BigDecimal> totals = new HashMap<>();
        for (Object[] row : rows) {
            totals.put((String) row[0], (BigDecimal) row[1]);
        }
        return totals;
    }

    /** What the rules read of a live report, without loading the entity: for re-validating many reports at once. */
    public record Snapshot(long id, long formVersionId, String formCode, long organisationId, String regionCode, Long facilityId,
                           Integer landfillClass, BigDecimal designCapacity, String facilityType) {

        /** The respondent and subject, as {@link #findLive} tells one report from another. */
        public String respondentKey() {
            return respondentKey(organisationId, formCode, regionCode, facilityId);
        }

        static String respondentKey(long organisationId, String formCode, String regionCode, Long facilityId) {
            return organisationId + "|" + formCode + "|" + (facilityId == null ? "R" + regionCode : "F" + facilityId);
        }
    }

    private static String scope(String regionCode, int parameter) {
        return regionCode == null ? "" : " and r.region_code = ?" + parameter;
    }

    /** Every live report of a year (of one region, or of all when {@code regionCode} is null), ordered by id. */
    @SuppressWarnings("unchecked")
    public List<Snapshot> liveSnapshots(int year, String regionCode) {
        var query = em.createNativeQuery("select r.id, r.form_version_id, r.form_code, r.organisation_id, r.region_code, r.facility_id,"
                + " f.landfill_class, f.design_capacity, f.type from report r left join facility f on f.id = r.facility_id"
                + " where r.reporting_year = ?1 and r.status <> 'SUPERSEDED'" + scope(regionCode, 2) + " order by r.id")
                .setParameter(1, year);
        if (regionCode != null) {
            query.setParameter(2, regionCode);
        }
        List<Snapshot> out = new java.util.ArrayList<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            out.add(new Snapshot(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], ((Number) r[3]).longValue(),
                    (String) r[4], r[5] == null ? null : ((Number) r[5]).longValue(), r[6] == null ? null : ((Number) r[6]).intValue(),
                    (BigDecimal) r[7], (String) r[8]));
        }
        return out;
    }

    /** Line values of the live reports of a year, by report id. */
    @SuppressWarnings("unchecked")
    public Map<Long, Map<String, BigDecimal>> liveValues(int year, String regionCode) {
        var query = em.createNativeQuery("select v.report_id, v.line_code, v.value from report r join report_value v on v.report_id = r.id"
                + " where r.reporting_year = ?1 and r.status <> 'SUPERSEDED'" + scope(regionCode, 2)).setParameter(1, year);
        if (regionCode != null) {
            query.setParameter(2, regionCode);
        }
        Map<Long, Map<String, BigDecimal>> out = new HashMap<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            out.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashMap<>()).put((String) r[1], (BigDecimal) r[2]);
        }
        return out;
    }

    /** Detail rows of the live reports of a year, by report id, as the rule engine reads them. */
    @SuppressWarnings("unchecked")
    public Map<Long, List<kz.qaldyq.validation.DetailRow>> liveDetailRows(int year, String regionCode) {
        var query = em.createNativeQuery("select d.report_id, d.table_code, d.facility_id, d.counterparty_bin, d.category, d.tonnes"
                + " from report r join report_detail_row d on d.report_id = r.id"
                + " where r.reporting_year = ?1 and r.status <> 'SUPERSEDED'" + scope(regionCode, 2) + " order by d.report_id, d.sort_order")
                .setParameter(1, year);
        if (regionCode != null) {
            query.setParameter(2, regionCode);
        }
        Map<Long, List<kz.qaldyq.validation.DetailRow>> out = new HashMap<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            String key = r[2] != null ? "facility:" + ((Number) r[2]).longValue() : "bin:" + r[3];
            out.computeIfAbsent(((Number) r[0]).longValue(), k -> new java.util.ArrayList<>())
                    .add(new kz.qaldyq.validation.DetailRow((String) r[1], key, (String) r[4], (BigDecimal) r[5]));
        }
        return out;
    }

    /** Approved values of a year by respondent ({@link Snapshot#respondentKey()}): last year's figures of many reports at once. */
    @SuppressWarnings("unchecked")
    public Map<String, Map<String, BigDecimal>> approvedValuesByRespondent(int year, String regionCode) {
        var query = em.createNativeQuery("select r.organisation_id, r.form_code, r.region_code, r.facility_id, v.line_code, v.value"
                + " from report r join report_value v on v.report_id = r.id"
                + " where r.reporting_year = ?1 and r.status = 'APPROVED'" + scope(regionCode, 2)).setParameter(1, year);
        if (regionCode != null) {
            query.setParameter(2, regionCode);
        }
        Map<String, Map<String, BigDecimal>> out = new HashMap<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            String key = Snapshot.respondentKey(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    r[3] == null ? null : ((Number) r[3]).longValue());
            out.computeIfAbsent(key, k -> new HashMap<>()).put((String) r[4], (BigDecimal) r[5]);
        }
        return out;
    }

    /** Every region's approved totals of a year: form → region → line → sum (see {@link #regionApprovedTotals}). */
    @SuppressWarnings("unchecked")
    public Map<String, Map<String, Map<String, BigDecimal>>> allRegionApprovedTotals(int year, String regionCode) {
        var query = em.createNativeQuery("select r.form_code, r.region_code, v.line_code, sum(v.value) from report r"
                + " join report_value v on v.report_id = r.id where r.reporting_year = ?1 and r.status = 'APPROVED'" + scope(regionCode, 2)
                + " group by r.form_code, r.region_code, v.line_code").setParameter(1, year);
        if (regionCode != null) {
            query.setParameter(2, regionCode);
        }
        Map<String, Map<String, Map<String, BigDecimal>>> out = new HashMap<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            out.computeIfAbsent((String) r[0], k -> new HashMap<>()).computeIfAbsent((String) r[1], k -> new HashMap<>())
                    .put((String) r[2], (BigDecimal) r[3]);
        }
        return out;
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
