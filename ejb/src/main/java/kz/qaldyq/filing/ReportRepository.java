package kz.qaldyq.filing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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
        return em.createQuery("select r from Report r where r.organisation.id = :org and r.formCode = :form and r.reportingYear = :year"
                        + " and r.status <> kz.qaldyq.filing.ReportStatus.SUPERSEDED"
                        + (facilityId == null ? " and r.regionCode = :region and r.facility is null" : " and r.facility.id = :facility"), Report.class)
                .setParameter("org", organisationId).setParameter("form", formCode).setParameter("year", year)
                .setParameter(facilityId == null ? "region" : "facility", facilityId == null ? regionCode : facilityId)
                .getResultStream().findFirst();
    }

    /** The approved report of the same respondent and subject for an earlier year, if any. */
    public Optional<Report> findPriorApproved(Report report, int year) {
        return findLive(report.getOrganisation().getId(), report.getFormCode(), year, report.getRegionCode(),
                report.getFacility() == null ? null : report.getFacility().getId())
                .filter(r -> r.getStatus() == ReportStatus.APPROVED);
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
                .toList();
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
