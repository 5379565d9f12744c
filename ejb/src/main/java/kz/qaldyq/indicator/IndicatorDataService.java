package kz.qaldyq.indicator;

import static kz.qaldyq.platform.Roles.ADMIN;
import static kz.qaldyq.platform.Roles.AKIMAT;
import static kz.qaldyq.platform.Roles.MINISTRY;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.qaldyq.audit.AuditService;
import kz.qaldyq.organisation.Bin;
import kz.qaldyq.organisation.DataScope;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.ConcurrentChangeException;
import kz.qaldyq.platform.NotFoundException;
import kz.qaldyq.reference.KatoUnit;
import kz.qaldyq.reference.ReferenceService;

/**
 * What the ministry enters for the indicators no report carries: learners involved in environmental events
 * (indicator 4) and the TOP-50 list with its companies' sustainability reports (indicator 5). Every entry records who
 * and when; a change to the frozen TOP-50 list needs a reason; a stale edit is refused.
 */
@Stateless
public class IndicatorDataService {

    public static final int LEARNERS = 4;

    @PersistenceContext
    private EntityManager em;
    @Inject
    private DataScope scope;
    @Inject
    private ReferenceService reference;
    @Inject
    private AuditService audit;

    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public List<IndicatorEntry> entries(int year) {
        List<IndicatorEntry> all = em.createNamedQuery("IndicatorEntry.ofYear", IndicatorEntry.class)
                .setParameter("no", LEARNERS).setParameter("year", year).getResultList();
        if (scope.isNational()) {
            return all;
        }
        Optional<String> own = scope.callerRegion();
        return all.stream().filter(e -> own.map(e.getRegionCode()::equals).orElse(false)).toList();
    }

    /**
     * Enters or corrects a region's learners for a year. {@code loadedVersion} is the version the user saw, null for a
     * new entry; an entry someone saved in between is refused.
     */
    @RolesAllowed(MINISTRY)
    public IndicatorEntry enter(int year, String regionCode, BigDecimal numerator, BigDecimal denominator, String source,
                                Integer loadedVersion) {
        if (year < IndicatorService.FIRST_YEAR || year > IndicatorService.LAST_YEAR) {
            throw new BusinessException("indicator.yearOutOfRange", year, IndicatorService.FIRST_YEAR, IndicatorService.LAST_YEAR);
        }
        region(regionCode);
        Optional<IndicatorEntry> existing = em.createNamedQuery("IndicatorEntry.find", IndicatorEntry.class)
                .setParameter("no", LEARNERS).setParameter("year", year).setParameter("region", regionCode)
                .getResultStream().findFirst();
        IndicatorEntry entry;
        if (existing.isPresent()) {
            entry = existing.get();
            if (loadedVersion == null || entry.getLockVersion() != loadedVersion) {
                throw new ConcurrentChangeException(entry.getEnteredBy(), entry.getEnteredAt());
            }
        } else {
            if (loadedVersion != null) {
                throw new ConcurrentChangeException(scope.username(), Instant.now());
            }
            entry = new IndicatorEntry(LEARNERS, year, regionCode);
        }
        entry.enter(numerator, denominator, source, scope.username(), Instant.now());
        if (existing.isEmpty()) {
            em.persist(entry);
        }
        em.flush();
        audit.record("INDICATOR_ENTERED", "indicator_entry", entry.getId(),
                year + " " + regionCode + ": " + numerator + " / " + denominator + " — " + entry.getSourceDocument());
        return entry;
    }

    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public List<Top50Company> top50() {
        List<Top50Company> all = em.createNamedQuery("Top50Company.listed", Top50Company.class).getResultList();
        if (scope.isNational()) {
            return all;
        }
        Optional<String> own = scope.callerRegion();
        return all.stream().filter(c -> own.map(c.getRegionCode()::equals).orElse(false)).toList();
    }

    @RolesAllowed({MINISTRY, ADMIN})
    public List<Top50Change> top50Changes() {
        return em.createNamedQuery("Top50Change.all", Top50Change.class).setMaxResults(200).getResultList();
    }

    /** Adds a company to the frozen list; only with a reason, and only to a free place of the fifty. */
    @RolesAllowed(MINISTRY)
    public Top50Company addCompany(int rank, String bin, String name, String regionCode, String reason) {
        region(regionCode);
        String value = Bin.of(bin).value();
        em.createQuery("select c from Top50Company c where c.bin = :bin", Top50Company.class).setParameter("bin", value)
                .getResultStream().findFirst().ifPresent(c -> {
                    throw new BusinessException("indicator.top50.duplicate", value);
                });
        if (top50().stream().anyMatch(c -> c.getRank() == rank)) {
            throw new BusinessException("indicator.top50.rankTaken", rank);
        }
        if (top50().size() >= 50) {
            throw new BusinessException("indicator.top50.full");
        }
        Top50Company company = new Top50Company(rank, value, name, regionCode);
        em.persist(company);
        em.flush();
        em.persist(new Top50Change(company.getId(), Top50Change.Action.ADDED, reason, scope.username(), Instant.now()));
        em.flush();
        return company;
    }

    /** Takes a company off the list (its answers stay on record), with the reason. */
    @RolesAllowed(MINISTRY)
    public void removeCompany(long id, int loadedVersion, String reason) {
        Top50Company company = company(id);
        if (company.getLockVersion() != loadedVersion) {
            throw new ConcurrentChangeException("-", null);
        }
        em.persist(new Top50Change(id, Top50Change.Action.REMOVED, reason, scope.username(), Instant.now()));
        company.remove();
        em.flush();
    }

    /** company id → its answer for the year, for the companies the caller may see. */
    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public Map<Long, SustainabilityReport> sustainability(int year) {
        Set<Long> visible = top50().stream().map(Top50Company::getId).collect(java.util.stream.Collectors.toSet());
        Map<Long, SustainabilityReport> map = new HashMap<>();
        em.createNamedQuery("SustainabilityReport.ofYear", SustainabilityReport.class).setParameter("year", year)
                .getResultList().stream().filter(s -> visible.contains(s.getCompanyId())).forEach(s -> map.put(s.getCompanyId(), s));
        return map;
    }

    /** Records whether a listed company published a sustainability report with waste indicators for the year. */
    @RolesAllowed(MINISTRY)
    public SustainabilityReport recordSustainability(long companyId, int year, boolean published, boolean wasteIndicators,
                                                     Set<String> frameworks, String url, Integer loadedVersion) {
        Top50Company company = company(companyId);
        if (!company.isListed()) {
            throw new BusinessException("indicator.top50.notListed", company.getBin());
        }
        if (year < IndicatorService.FIRST_YEAR || year > IndicatorService.LAST_YEAR) {
            throw new BusinessException("indicator.yearOutOfRange", year, IndicatorService.FIRST_YEAR, IndicatorService.LAST_YEAR);
        }
        SustainabilityReport report = em.find(SustainabilityReport.class, new SustainabilityReport.Key(companyId, year));
        boolean fresh = report == null;
        if (fresh) {
            if (loadedVersion != null) {
                throw new ConcurrentChangeException(scope.username(), Instant.now());
            }
            report = new SustainabilityReport(companyId, year);
        } else if (loadedVersion == null || report.getLockVersion() != loadedVersion) {
            throw new ConcurrentChangeException(report.getRecordedBy(), report.getRecordedAt());
        }
        report.record(published, wasteIndicators, frameworks, url, scope.username(), Instant.now());
        if (fresh) {
            em.persist(report);
        }
        em.flush();
        audit.record("SUSTAINABILITY_RECORDED", "top50_company", companyId, year + ": " + (report.counts() ? "yes" : "no")
                + (report.getUrl() == null ? "" : " " + report.getUrl()));
        return report;
    }

    private Top50Company company(long id) {
        return Optional.ofNullable(em.find(Top50Company.class, id)).orElseThrow(() -> new NotFoundException("company", id));
    }

    private KatoUnit region(String regionCode) {
        return reference.findKato(regionCode == null ? "" : regionCode).filter(k -> k.getLevel() == KatoUnit.Level.REGION)
                .orElseThrow(() -> new BusinessException("indicator.regionRequired"));
    }
}
