package kz.qaldyq.indicator.plan;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import kz.qaldyq.platform.Page;

/** Finds the plan's rows, the reports on them, their history and evidence, and the recorded chain steps. */
@Stateless
public class PlanRepository {

    @PersistenceContext
    private EntityManager em;

    public List<PlanItem> items() {
        return em.createNamedQuery("PlanItem.findAll", PlanItem.class).getResultList();
    }

    public Optional<PlanItem> findItem(String number) {
        return number == null ? Optional.empty() : Optional.ofNullable(em.find(PlanItem.class, number));
    }

    public Optional<PlanReport> findReport(long id) {
        return Optional.ofNullable(em.find(PlanReport.class, id));
    }

    /** The report on a row for a year: national when {@code regionCode} is null, else the region's. */
    public Optional<PlanReport> findReport(String itemNumber, int year, String regionCode) {
        TypedQuery<PlanReport> query = em.createQuery("select r from PlanReport r where r.itemNumber = :item and r.year = :year and "
                + (regionCode == null ? "r.regionCode is null" : "r.regionCode = :region"), PlanReport.class)
                .setParameter("item", itemNumber).setParameter("year", year);
        if (regionCode != null) {
            query.setParameter("region", regionCode);
        }
        return query.getResultStream().findFirst();
    }

    /** Every report of a reporting year, national and regional (at most one per row and region). */
    public List<PlanReport> reportsOf(int year) {
        return em.createQuery("select r from PlanReport r where r.year = :year", PlanReport.class)
                .setParameter("year", year).getResultList();
    }

    /** The national reports of the years up to and including {@code year}, the latest first, for carried-over status. */
    public List<PlanReport> nationalReportsUpTo(int year) {
        return em.createQuery("select r from PlanReport r where r.regionCode is null and r.year <= :year order by r.year desc",
                PlanReport.class).setParameter("year", year).getResultList();
    }

    /** One region's reports of the years up to and including {@code year}, the latest first. */
    public List<PlanReport> regionReportsUpTo(String regionCode, int year) {
        return em.createQuery("select r from PlanReport r where r.regionCode = :region and r.year <= :year order by r.year desc",
                PlanReport.class).setParameter("region", regionCode).setParameter("year", year).getResultList();
    }

    public Page<PlanReportEvent> history(long reportId, int offset, int limit) {
        long total = em.createQuery("select count(e) from PlanReportEvent e where e.reportId = :report", Long.class)
                .setParameter("report", reportId).getSingleResult();
        List<PlanReportEvent> page = em.createQuery("select e from PlanReportEvent e where e.reportId = :report order by e.at desc, e.id desc",
                        PlanReportEvent.class)
                .setParameter("report", reportId).setFirstResult(offset).setMaxResults(limit).getResultList();
        return new Page<>(page, total);
    }

    public List<EvidenceInfo> evidence(long reportId) {
        return em.createNamedQuery("PlanEvidence.findByReport", EvidenceInfo.class).setParameter("report", reportId).getResultList();
    }

    public Optional<PlanEvidence> findEvidence(long reportId, long evidenceId) {
        return Optional.ofNullable(em.find(PlanEvidence.class, evidenceId)).filter(e -> e.getReportId() == reportId);
    }

    public List<PlanChainStep> chainSteps(int year) {
        return em.createQuery("select s from PlanChainStep s where s.year = :year order by s.step", PlanChainStep.class)
                .setParameter("year", year).getResultList();
    }

    public Optional<PlanChainStep> findChainStep(int year, int step) {
        return Optional.ofNullable(em.find(PlanChainStep.class, new PlanChainStep.Key(year, step)));
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }
}
