package kz.qaldyq.indicator.plan;

import static kz.qaldyq.platform.Roles.ADMIN;
import static kz.qaldyq.platform.Roles.AKIMAT;
import static kz.qaldyq.platform.Roles.MINISTRY;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.qaldyq.audit.AuditService;
import kz.qaldyq.indicator.plan.PlanReportEvent.Action;
import kz.qaldyq.organisation.DataScope;
import kz.qaldyq.platform.AccessDeniedException;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.ConcurrentChangeException;
import kz.qaldyq.platform.NotFoundException;
import kz.qaldyq.platform.Page;
import kz.qaldyq.reference.KatoUnit;
import kz.qaldyq.reference.ReferenceService;

/**
 * The Action Plan's work. The ministry reports on its rows nationally; each akimat reports the akimat rows (9, 10,
 * 11, 14) for its own region only, every year, and sees only its region's reports; the ministry and the administrator
 * see every region. Every report change is a {@link PlanReportEvent} with the named user and the text given, and the
 * scope is checked here whatever page asked. Overdue marks and the chain are computed on read for a given day, so
 * the day is a parameter ({@link #today()} on the pages).
 */
@Stateless
public class ActionPlanService {

    public static final int MAX_PAGE = 100;
    static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");

    @Inject
    private PlanRepository repository;
    @Inject
    private DataScope scope;
    @Inject
    private ReferenceService reference;
    @Inject
    private AuditService audit;

    public static LocalDate today() {
        return LocalDate.now(KAZAKHSTAN);
    }

    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public List<PlanItem> items() {
        return repository.items();
    }

    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public PlanItem getItem(String number) {
        return repository.findItem(number).orElseThrow(() -> new NotFoundException("planItem", String.valueOf(number)));
    }

    /** The 20 rows for a reporting year as the caller sees them (see {@link PlanRow}), in the annex's order. */
    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public List<PlanRow> plan(int year, LocalDate today) {
        requirePeriod(year);
        String ownRegion = scope.isNational() ? null : requireCallerRegion();
        List<KatoUnit> regions = reference.regions();
        List<PlanReport> ofYear = repository.reportsOf(year);
        Map<String, PlanReport> latestNational = latestByItem(repository.nationalReportsUpTo(year));
        List<PlanRow> rows = new ArrayList<>();
        for (PlanItem item : repository.items()) {
            if (!item.isAkimat()) {
                rows.add(ownRow(item, year, latestNational.get(item.getNumber()), today));
            } else if (ownRegion != null) {
                PlanReport own = ofYear.stream().filter(r -> r.getItemNumber().equals(item.getNumber())
                        && ownRegion.equals(r.getRegionCode())).findFirst().orElse(null);
                rows.add(ownRow(item, year, own, today));
            } else {
                rows.add(nationalRow(item, year, ofYear, regions, today));
            }
        }
        return rows;
    }

    /** One row for a year, as in {@link #plan(int, LocalDate)}. */
    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public PlanRow row(String number, int year, LocalDate today) {
        PlanItem item = getItem(number);
        return plan(year, today).stream().filter(r -> r.item().getNumber().equals(item.getNumber())).findFirst().orElseThrow();
    }

    /** The regions' reports on an akimat row for a year: all 20 for the ministry and the administrator, its own for an akimat. */
    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public List<RegionReport> regions(String number, int year, LocalDate today) {
        PlanItem item = getItem(number);
        requirePeriod(year);
        if (!item.isAkimat()) {
            return List.of();
        }
        String ownRegion = scope.isNational() ? null : requireCallerRegion();
        Map<String, PlanReport> byRegion = new HashMap<>();
        for (PlanReport report : repository.reportsOf(year)) {
            if (report.getItemNumber().equals(number) && report.getRegionCode() != null) {
                byRegion.put(report.getRegionCode(), report);
            }
        }
        return reference.regions().stream()
                .filter(k -> ownRegion == null || ownRegion.equals(k.getCode()))
                .map(k -> {
                    PlanReport report = byRegion.get(k.getCode());
                    return new RegionReport(k, report, PlanCalendar.overdue(item, year, report == null ? null : report.getStatus(),
                            report != null, today));
                }).toList();
    }

    /**
     * The report on a row for a year within the caller's scope: the national one for a ministry row; for an akimat
     * row the given region's (an akimat only its own; null means its own).
     */
    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public Optional<PlanReport> findReport(String number, int year, String regionCode) {
        PlanItem item = getItem(number);
        requirePeriod(year);
        return repository.findReport(item.getNumber(), year, readableRegion(item, regionCode));
    }

    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public PlanReport getReport(long reportId) {
        PlanReport report = repository.findReport(reportId).orElseThrow(() -> new NotFoundException("planReport", reportId));
        if (report.getRegionCode() != null && !scope.isNational()) {
            requireOwnRegion(report.getRegionCode());
        }
        return report;
    }

    /**
     * Reports on a row for a year: its status and the text saying what was done, with an evidence document if one is
     * given. An akimat reports only the akimat rows and only for its own region ({@code regionCode} null means its
     * own); the ministry reports only its own rows, nationally. {@code loadedVersion} is the version of the report the
     * caller saw (null when there was none): refused when someone saved it in between. A refused evidence document
     * stores nothing at all.
     */
    @RolesAllowed({AKIMAT, MINISTRY})
    public PlanReport report(String number, int year, String regionCode, Integer loadedVersion, PlanStatus status, String text,
                             Evidence evidence) {
        PlanItem item = getItem(number);
        requirePeriod(year);
        String region = writableRegion(item, regionCode);
        if (evidence != null) {
            PlanEvidence.check(evidence);
        }
        Optional<PlanReport> existing = repository.findReport(item.getNumber(), year, region);
        PlanReport report;
        if (existing.isPresent()) {
            report = existing.get();
            if (loadedVersion == null || report.getVersion() != loadedVersion) {
                throw new ConcurrentChangeException(report.getUpdatedBy(), report.getUpdatedAt());
            }
            PlanStatus before = report.change(status, text, scope.username());
            repository.flush();
            record(report, Action.UPDATED, before, report.getStatus(), report.getProgress());
        } else {
            report = new PlanReport(item, year, region, status, text, scope.username());
            repository.persist(report);
            repository.flush();
            record(report, Action.REPORTED, null, report.getStatus(), report.getProgress());
        }
        if (evidence != null) {
            attach(report, evidence);
        }
        repository.flush();
        return report;
    }

    /** Adds an evidence document to a report; the same people who may report on it may add one. */
    @RolesAllowed({AKIMAT, MINISTRY})
    public EvidenceInfo addEvidence(long reportId, Evidence evidence) {
        PlanReport report = getReport(reportId);
        writableRegion(getItem(report.getItemNumber()), report.getRegionCode());
        EvidenceInfo info = attach(report, evidence);
        repository.flush();
        return info;
    }

    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public List<EvidenceInfo> evidence(long reportId) {
        getReport(reportId);
        return repository.evidence(reportId);
    }

    /** An evidence document with its bytes, for download; the report's scope is checked as for reading it. */
    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public PlanEvidence evidenceDocument(long reportId, long evidenceId) {
        getReport(reportId);
        return repository.findEvidence(reportId, evidenceId).orElseThrow(() -> new NotFoundException("planEvidence", evidenceId));
    }

    /** A report's history, the latest first, paged in the database. */
    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public Page<PlanReportEvent> history(long reportId, int offset, int limit) {
        getReport(reportId);
        return repository.history(reportId, Math.max(0, offset), Math.max(1, Math.min(limit, MAX_PAGE)));
    }

    /**
     * The annual chain of a reporting year on {@code today}: step 1 from the reports received (every ministry row
     * nationally and every akimat row from each region), steps 2 and 3 from the ministry's records.
     */
    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public List<ChainStep> chain(int year, LocalDate today) {
        requirePeriod(year);
        List<PlanItem> items = repository.items();
        int regions = reference.regions().size();
        long akimatRows = items.stream().filter(PlanItem::isAkimat).count();
        int expected = (int) ((items.size() - akimatRows) + akimatRows * regions);
        List<PlanReport> reports = repository.reportsOf(year);
        int received = reports.size();
        LocalDate allIn = received >= expected ? reports.stream().map(PlanReport::getCreatedAt).max(Instant::compareTo)
                .map(at -> LocalDate.ofInstant(at, KAZAKHSTAN)).orElse(null) : null;
        List<ChainStep> steps = new ArrayList<>();
        LocalDate due1 = PlanCalendar.stepDue(year, 1);
        steps.add(new ChainStep(1, due1, allIn, PlanCalendar.overdue(due1, allIn != null, today), received, expected, null));
        Map<Integer, PlanChainStep> recorded = new HashMap<>();
        repository.chainSteps(year).forEach(s -> recorded.put(s.getStep(), s));
        for (int step : new int[] {PlanChainStep.TO_ECONOMY, PlanChainStep.TO_GOVERNMENT}) {
            PlanChainStep record = recorded.get(step);
            LocalDate due = PlanCalendar.stepDue(year, step);
            LocalDate done = record == null ? null : record.getDoneOn();
            steps.add(new ChainStep(step, due, done, PlanCalendar.overdue(due, done != null, today), 0, 0, record));
        }
        return steps;
    }

    /**
     * The ministry records step 2 (sent to the Ministry of National Economy) or step 3 (to the Government Office) of a
     * reporting year, with the day and the outgoing letter; step 3 only after step 2, each once.
     */
    @RolesAllowed(MINISTRY)
    public PlanChainStep recordChainStep(int year, int step, LocalDate doneOn, String letterNumber, String note) {
        requirePeriod(year);
        if (repository.findChainStep(year, step).isPresent()) {
            throw new BusinessException("plan.chain.recorded", step, year);
        }
        if (step == PlanChainStep.TO_GOVERNMENT) {
            PlanChainStep previous = repository.findChainStep(year, PlanChainStep.TO_ECONOMY)
                    .orElseThrow(() -> new BusinessException("plan.chain.order", year));
            if (doneOn != null && doneOn.isBefore(previous.getDoneOn())) {
                throw new BusinessException("plan.chain.order", year);
            }
        }
        PlanChainStep record = new PlanChainStep(year, step, doneOn, letterNumber, note, scope.username());
        repository.persist(record);
        repository.flush();
        audit.record("PLAN_CHAIN_STEP", "PlanChainStep", year + "/" + step,
                record.getDoneOn() + (record.getLetterNumber() == null ? "" : " " + record.getLetterNumber()));
        return record;
    }

    private PlanRow ownRow(PlanItem item, int year, PlanReport latest, LocalDate today) {
        PlanReport ofYear = latest != null && latest.getYear() == year ? latest : null;
        // a row with a deadline period is one piece of work: its last status stands until a later report changes it
        PlanReport source = item.isAnnual() || item.isAkimat() ? ofYear : latest;
        PlanStatus status = source == null ? null : source.getStatus();
        boolean overdue = PlanCalendar.overdue(item, year, status, ofYear != null, today);
        return new PlanRow(item, year, item.dueFor(year), ofYear, status, source == null ? null : source.getYear(), overdue,
                false, 0, 0, 0, 0);
    }

    private PlanRow nationalRow(PlanItem item, int year, List<PlanReport> ofYear, List<KatoUnit> regions, LocalDate today) {
        Map<String, PlanReport> byRegion = new HashMap<>();
        for (PlanReport report : ofYear) {
            if (report.getItemNumber().equals(item.getNumber()) && report.getRegionCode() != null) {
                byRegion.put(report.getRegionCode(), report);
            }
        }
        int reported = 0;
        int done = 0;
        int overdue = 0;
        for (KatoUnit region : regions) {
            PlanReport report = byRegion.get(region.getCode());
            reported += report == null ? 0 : 1;
            done += report != null && report.getStatus() == PlanStatus.DONE ? 1 : 0;
            overdue += PlanCalendar.overdue(item, year, report == null ? null : report.getStatus(), report != null, today) ? 1 : 0;
        }
        PlanStatus status = reported == 0 ? null : done == regions.size() ? PlanStatus.DONE : PlanStatus.IN_PROGRESS;
        return new PlanRow(item, year, item.dueFor(year), null, status, reported == 0 ? null : year, overdue > 0, true,
                reported, done, overdue, regions.size());
    }

    private static Map<String, PlanReport> latestByItem(List<PlanReport> latestFirst) {
        Map<String, PlanReport> latest = new HashMap<>();
        for (PlanReport report : latestFirst) {
            latest.putIfAbsent(report.getItemNumber(), report);
        }
        return latest;
    }

    private EvidenceInfo attach(PlanReport report, Evidence evidence) {
        PlanEvidence document = new PlanEvidence(report.getId(), evidence, scope.username());
        repository.persist(document);
        repository.flush();
        record(report, Action.EVIDENCE_ADDED, report.getStatus(), report.getStatus(), document.getName());
        return new EvidenceInfo(document.getId(), report.getId(), document.getName(), document.getContentType(),
                document.getSizeBytes(), document.getUploadedAt(), document.getUploadedBy());
    }

    /** The region whose report the caller may write on a row: its own for an akimat row, none for a ministry row. */
    private String writableRegion(PlanItem item, String regionCode) {
        if (item.isAkimat()) {
            if (!scope.is(AKIMAT)) {
                throw new AccessDeniedException("plan.akimatRow", item.getNumber());
            }
            String own = requireCallerRegion();
            if (regionCode != null && !regionCode.equals(own)) {
                throw new AccessDeniedException("scope.region", regionCode);
            }
            return own;
        }
        if (!scope.is(MINISTRY)) {
            throw new AccessDeniedException("plan.ministryRow", item.getNumber());
        }
        if (regionCode != null) {
            throw new BusinessException("plan.nationalRow", item.getNumber());
        }
        return null;
    }

    private String readableRegion(PlanItem item, String regionCode) {
        if (!item.isAkimat()) {
            return null;
        }
        if (scope.isNational()) {
            if (regionCode == null) {
                throw new BusinessException("plan.regionRequired", item.getNumber());
            }
            return regionCode;
        }
        String own = requireCallerRegion();
        if (regionCode != null && !regionCode.equals(own)) {
            throw new AccessDeniedException("scope.region", regionCode);
        }
        return own;
    }

    private String requireCallerRegion() {
        return scope.callerRegion().orElseThrow(() -> new AccessDeniedException("scope.noRegion"));
    }

    private void requireOwnRegion(String regionCode) {
        if (!scope.callerRegion().map(regionCode::equals).orElse(false)) {
            throw new AccessDeniedException("scope.region", regionCode);
        }
    }

    private static void requirePeriod(int year) {
        if (!PlanCalendar.inPeriod(year)) {
            throw new BusinessException("plan.year", year, PlanCalendar.FIRST_YEAR, PlanCalendar.LAST_YEAR);
        }
    }

    private void record(PlanReport report, Action action, PlanStatus from, PlanStatus to, String text) {
        repository.persist(new PlanReportEvent(report.getId(), scope.username(), action, from, to, text));
        audit.record("PLAN_" + action.name(), "PlanReport", report.getId(), report.getItemNumber() + "/" + report.getYear()
                + (report.getRegionCode() == null ? "" : "/" + report.getRegionCode()));
    }
}
