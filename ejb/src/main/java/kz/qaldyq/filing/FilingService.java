package kz.qaldyq.filing;

import static kz.qaldyq.platform.Roles.ADMIN;
import static kz.qaldyq.platform.Roles.AKIMAT;
import static kz.qaldyq.platform.Roles.ENTERPRISE;
import static kz.qaldyq.platform.Roles.MINISTRY;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.qaldyq.organisation.DataScope;
import kz.qaldyq.organisation.Facility;
import kz.qaldyq.organisation.Organisation;
import kz.qaldyq.organisation.OrganisationService;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.ConcurrentChangeException;
import kz.qaldyq.platform.Page;
import kz.qaldyq.reference.KatoUnit;
import kz.qaldyq.reference.ReferenceService;
import kz.qaldyq.validation.RuleResult;
import kz.qaldyq.validation.Severity;

/** The respondent's side: start a report, save drafts, validate, submit, correct after approval. */
@Stateless
public class FilingService {

    /** No line of a municipal-waste form comes near this: a figure above it is a typing error, not waste. */
    static final BigDecimal ABSURD_TONNES = new BigDecimal("100000000");
    static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");

    @Inject
    private ReportRepository repository;
    @Inject
    private ReportAccess access;
    @Inject
    private ReportValidator validator;
    @Inject
    private FormCatalogue catalogue;
    @Inject
    private OrganisationService organisations;
    @Inject
    private ReferenceService reference;
    @Inject
    private DataScope scope;

    @RolesAllowed(ENTERPRISE)
    public Report createDraft(NewReport request) {
        Organisation organisation = organisations.get(request.organisationId());
        scope.requireActingFor(organisation);
        FormVersion version = catalogue.versionFor(request.formCode(), request.year());
        FormLayout layout = catalogue.layout(version.getId());
        int thisYear = LocalDate.now(KAZAKHSTAN).getYear();
        if (request.year() > thisYear) {
            throw new BusinessException("report.futureYear", request.year());
        }
        Facility facility = null;
        String region;
        if ("FACILITY".equals(layout.subject())) {
            if (request.facilityId() == null) {
                throw new BusinessException("report.facilityRequired");
            }
            facility = organisations.getFacility(request.facilityId());
            if (!facility.getOrganisation().getId().equals(organisation.getId())) {
                throw new BusinessException("report.facilityOfOtherOrganisation", facility.getName());
            }
            region = facility.getRegionCode();
        } else {
            KatoUnit unit = reference.findKato(request.regionCode())
                    .orElseThrow(() -> new BusinessException("kato.unknown", String.valueOf(request.regionCode())));
            region = unit.regionCode();
        }
        String wasteCode = null;
        if (layout.perWasteCode()) {
            wasteCode = reference.findWasteCode(request.wasteCode())
                    .orElseThrow(() -> new BusinessException("hazardous.wasteCodeRequired", String.valueOf(request.wasteCode()))).getCode();
        }
        repository.findLive(organisation.getId(), request.formCode(), request.year(), region, facility == null ? null : facility.getId(), wasteCode)
                .ifPresent(existing -> {
                    throw new BusinessException("report.exists", existing.getId());
                });
        Report report = new Report(version, organisation, request.year(), region, facility, wasteCode, scope.username());
        repository.persist(report);
        repository.flush();
        repository.persist(ReportEvent.transition(report.getId(), scope.username(), ReportEvent.Action.CREATED, null, ReportStatus.DRAFT, null));
        return report;
    }

    @RolesAllowed({ENTERPRISE, AKIMAT, MINISTRY, ADMIN})
    public Report get(long id) {
        return access.readable(id);
    }

    /** The caller's own reports (enterprise), one page at a time. */
    @RolesAllowed(ENTERPRISE)
    public Page<Report> mine(InboxQuery query, int offset, int limit) {
        List<Long> ids = organisations.mine().stream().map(Organisation::getId).toList();
        return repository.findForOrganisations(ids, query, Math.max(0, offset), Math.min(Math.max(1, limit), 200));
    }

    /**
     * Saves a draft, complete or not. Refused, with nothing stored, when someone saved the report after the caller
     * loaded it, when a line does not exist in the form version, or when a figure is negative or absurd.
     */
    @RolesAllowed(ENTERPRISE)
    public Report save(long id, int loadedVersion, Map<String, BigDecimal> values, List<DetailRowInput> rows, Map<String, String> explanations) {
        Report report = access.fileable(id);
        if (report.getLockVersion() != loadedVersion) {
            throw new ConcurrentChangeException(report.getUpdatedBy(), report.getUpdatedAt());
        }
        FormLayout layout = catalogue.layout(report.getFormVersion().getId());
        checkValues(layout, values);
        List<DetailRowInput> detail = rows == null ? report.getDetailRows().stream().map(DetailRow::toInput).toList() : rows;
        checkRows(layout, detail);
        String by = scope.username();
        for (String[] change : report.setValues(values, by)) {
            repository.persist(ReportEvent.valueChange(report.getId(), by, change[0],
                    change[1] == null ? null : new BigDecimal(change[1]), change[2] == null ? null : new BigDecimal(change[2])));
        }
        if (rows != null) {
            report.replaceDetailRows(rows);
        }
        if (explanations != null) {
            report.explain(explanations, by);
        }
        repository.flush();
        return report;
    }

    @RolesAllowed({ENTERPRISE, AKIMAT, MINISTRY, ADMIN})
    public List<RuleResult> validate(long id) {
        return validator.validate(access.readable(id));
    }

    /** Validates unsaved figures (the entry page as the user types) under the report's form version. */
    @RolesAllowed(ENTERPRISE)
    public List<RuleResult> validateDraft(long id, Map<String, BigDecimal> values, List<DetailRowInput> rows) {
        Report report = access.fileable(id);
        return validator.validate(report, values, rows.stream().map(ReportValidator.DetailRowOf::of).toList());
    }

    /**
     * Submits: no ERROR may remain and every WARNING needs the respondent's explanation (DOMAIN §3). A late report
     * is marked late, never refused.
     */
    @RolesAllowed(ENTERPRISE)
    public Report submit(long id, int loadedVersion, Map<String, String> explanations) {
        Report report = access.fileable(id);
        if (report.getLockVersion() != loadedVersion) {
            throw new ConcurrentChangeException(report.getUpdatedBy(), report.getUpdatedAt());
        }
        String by = scope.username();
        if (explanations != null && !explanations.isEmpty()) {
            report.explain(explanations, by);
        }
        List<RuleResult> results = validator.validate(report);
        List<String> errors = results.stream().filter(r -> r.severity() == Severity.ERROR).map(RuleResult::ruleId).distinct().toList();
        if (!errors.isEmpty()) {
            throw new RuleViolationException("report.hasErrors", errors);
        }
        List<String> unexplained = new ArrayList<>();
        for (RuleResult r : results) {
            if (r.severity() == Severity.WARNING && report.explanationOf(r.ruleId(), r.lineCode()) == null) {
                unexplained.add(r.ruleId() + (r.lineCode() == null ? "" : "/" + r.lineCode()));
            }
        }
        if (!unexplained.isEmpty()) {
            throw new RuleViolationException("report.unexplainedWarnings", unexplained);
        }
        ReportStatus from = report.getStatus();
        report.submit(by, isLate(report));
        repository.persist(ReportEvent.transition(report.getId(), by, ReportEvent.Action.SUBMITTED, from, ReportStatus.SUBMITTED, null));
        repository.flush();
        return report;
    }

    /** A correction after approval: a new version, reviewed again; the approved one is kept (superseded). */
    @RolesAllowed(ENTERPRISE)
    public Report correct(long id) {
        Report approved = access.fileable(id);
        String by = scope.username();
        Report next = approved.correction(by);
        repository.flush();
        repository.persist(next);
        repository.flush();
        repository.persist(ReportEvent.transition(approved.getId(), by, ReportEvent.Action.SUPERSEDED, ReportStatus.APPROVED, ReportStatus.SUPERSEDED, null));
        repository.persist(ReportEvent.transition(next.getId(), by, ReportEvent.Action.CORRECTION_CREATED, null, ReportStatus.DRAFT,
                "correction " + next.getCorrectionNo() + " of report " + approved.getId()));
        return next;
    }

    /** "Start from last year": last year's counterparties (facilities, suppliers) without any quantity. */
    @RolesAllowed(ENTERPRISE)
    public Report startFromLastYear(long id, int loadedVersion) {
        Report report = access.fileable(id);
        if (report.getLockVersion() != loadedVersion) {
            throw new ConcurrentChangeException(report.getUpdatedBy(), report.getUpdatedAt());
        }
        Report prior = repository.findLive(report.getOrganisation().getId(), report.getFormCode(), report.getReportingYear() - 1,
                        report.getRegionCode(), report.getFacility() == null ? null : report.getFacility().getId(), report.getWasteCode())
                .orElseThrow(() -> new BusinessException("report.noPriorYear", report.getReportingYear() - 1));
        List<DetailRowInput> rows = prior.getDetailRows().stream().map(r -> r.toInput().withoutQuantity()).toList();
        report.replaceDetailRows(rows);
        repository.flush();
        return report;
    }

    @RolesAllowed({ENTERPRISE, AKIMAT, MINISTRY, ADMIN})
    public List<ReportEvent> history(long id) {
        return repository.history(access.readable(id).getId());
    }

    /** All versions of the report (corrections), oldest first. */
    @RolesAllowed({ENTERPRISE, AKIMAT, MINISTRY, ADMIN})
    public List<Report> versions(long id) {
        return repository.findVersions(access.readable(id));
    }

    /** A line over the years: the last five approved values of the same respondent and subject, and this year's. */
    public record LineSeries(String lineCode, java.util.SortedMap<Integer, BigDecimal> approved, BigDecimal current, BigDecimal changePercent) {
    }

    /** The five-year series of every line, for the review page (DOMAIN §3, checks against prior years). */
    @RolesAllowed({ENTERPRISE, AKIMAT, MINISTRY, ADMIN})
    public List<LineSeries> series(long id) {
        Report report = access.readable(id);
        Map<Integer, Map<String, BigDecimal>> byYear = repository.approvedValues(report, report.getReportingYear() - 5, report.getReportingYear() - 1);
        List<LineSeries> series = new ArrayList<>();
        for (FormLayout.Line line : catalogue.layout(report.getFormVersion().getId()).lines()) {
            java.util.SortedMap<Integer, BigDecimal> approved = new java.util.TreeMap<>();
            byYear.forEach((year, values) -> {
                if (values.containsKey(line.code())) {
                    approved.put(year, values.get(line.code()));
                }
            });
            BigDecimal current = report.value(line.code());
            BigDecimal last = approved.get(report.getReportingYear() - 1);
            BigDecimal change = current == null || last == null || last.signum() == 0 ? null
                    : current.subtract(last).multiply(BigDecimal.valueOf(100)).divide(last, java.math.MathContext.DECIMAL64)
                    .setScale(1, java.math.RoundingMode.HALF_UP);
            series.add(new LineSeries(line.code(), approved, current, change));
        }
        return series;
    }

    /** One line of a comparison of two versions of a report. */
    public record LineChange(String lineCode, BigDecimal before, BigDecimal after) {
    }

    /**
     * Which lines differ between two versions of the same report (a correction and what it corrects), in form order.
     * Both must be versions of one respondent's report for one form, year and subject.
     */
    @RolesAllowed({ENTERPRISE, AKIMAT, MINISTRY, ADMIN})
    public List<LineChange> compare(long fromId, long toId) {
        Report from = access.readable(fromId);
        Report to = access.readable(toId);
        if (repository.findVersions(to).stream().noneMatch(r -> r.getId().equals(from.getId()))) {
            throw new BusinessException("report.notVersionsOfOneReport", fromId, toId);
        }
        FormLayout layout = catalogue.layout(to.getFormVersion().getId());
        List<LineChange> changes = new ArrayList<>();
        for (FormLayout.Line line : layout.lines()) {
            BigDecimal a = from.value(line.code());
            BigDecimal b = to.value(line.code());
            if (a == null ? b != null : b == null || a.compareTo(b) != 0) {
                changes.add(new LineChange(line.code(), a, b));
            }
        }
        return changes;
    }

    @RolesAllowed({ENTERPRISE, AKIMAT, MINISTRY, ADMIN})
    public FormLayout layoutOf(long id) {
        return catalogue.layout(access.readable(id).getFormVersion().getId());
    }

    private boolean isLate(Report report) {
        LocalDate due = reference.deadlines().stream().filter(d -> d.getFormCode().equals(report.getFormCode())).findFirst()
                .map(d -> d.dueDateFor(report.getReportingYear())).orElse(null);
        return due != null && LocalDate.now(KAZAKHSTAN).isAfter(due);
    }

    private static void checkValues(FormLayout layout, Map<String, BigDecimal> values) {
        for (Map.Entry<String, BigDecimal> entry : values.entrySet()) {
            if (!layout.hasLine(entry.getKey())) {
                throw new BusinessException("report.unknownLine", entry.getKey(), layout.formCode() + " " + layout.version());
            }
            BigDecimal value = entry.getValue();
            if (value == null) {
                continue;
            }
            if (value.signum() < 0) {
                throw new BusinessException("report.negative", entry.getKey(), value.toPlainString());
            }
            if (value.compareTo(ABSURD_TONNES) > 0) {
                throw new BusinessException("report.absurd", entry.getKey(), value.toPlainString());
            }
            if (value.scale() > 3 && value.stripTrailingZeros().scale() > 3) {
                throw new BusinessException("report.tooManyDecimals", entry.getKey(), value.toPlainString());
            }
            if (!"t".equals(layout.line(entry.getKey()).orElseThrow().unit()) && value.stripTrailingZeros().scale() > 0) {
                throw new BusinessException("report.wholeNumber", entry.getKey(), value.toPlainString());
            }
        }
    }

    private static void checkRows(FormLayout layout, List<DetailRowInput> rows) {
        for (DetailRowInput row : rows) {
            FormLayout.DetailTable table = layout.detailTable(row.table())
                    .orElseThrow(() -> new BusinessException("report.unknownTable", String.valueOf(row.table())));
            if (!table.categories().isEmpty() && row.category() != null && !table.categories().contains(row.category())) {
                throw new BusinessException("report.unknownCategory", row.category());
            }
            if ("FACILITY".equals(table.counterparty()) && row.facilityId() == null && row.counterpartyBin() == null) {
                throw new BusinessException("report.counterpartyRequired");
            }
            if (row.counterpartyBin() != null && !row.counterpartyBin().isBlank()) {
                kz.qaldyq.organisation.Bin.of(row.counterpartyBin());
            }
            if (row.tonnes() != null && row.tonnes().signum() < 0) {
                throw new BusinessException("report.negative", table.code(), row.tonnes().toPlainString());
            }
            if (row.tonnes() != null && row.tonnes().compareTo(ABSURD_TONNES) > 0) {
                throw new BusinessException("report.absurd", table.code(), row.tonnes().toPlainString());
            }
        }
    }
}
