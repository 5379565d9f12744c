package kz.qaldyq.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.qaldyq.filing.DetailRowInput;
import kz.qaldyq.filing.FilingService;
import kz.qaldyq.filing.NewReport;
import kz.qaldyq.filing.Report;
import kz.qaldyq.filing.ReportEvent;
import kz.qaldyq.filing.ReportStatus;
import kz.qaldyq.filing.ReviewService;
import kz.qaldyq.filing.RuleViolationException;
import kz.qaldyq.organisation.Facility;
import kz.qaldyq.organisation.Organisation;
import kz.qaldyq.platform.AccessDeniedException;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.ConcurrentChangeException;
import kz.qaldyq.validation.RuleResult;
import kz.qaldyq.validation.Severity;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Filing waste-1 and the akimat's review: rules at submission, the whole cycle with history, locking and scope. */
@ExtendWith(ArquillianExtension.class)
class FilingWorkflowIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule(FilingWorkflowIT.class);
    }

    @Inject
    private Identities as;
    @Inject
    private Fixtures fixtures;
    @Inject
    private FilingService filing;
    @Inject
    private ReviewService review;

    private Organisation collector;
    private Facility landfill;

    @BeforeEach
    void setUp() throws Exception {
        fixtures.users();
        collector = fixtures.linkedCollector("Collector", Fixtures.ASTANA);
        landfill = fixtures.landfill(Fixtures.ASTANA);
    }

    /** A waste-1 report that holds together: 1 000 t collected, all of it delivered to the landfill. */
    private Map<String, BigDecimal> clean() {
        Map<String, BigDecimal> v = new HashMap<>();
        v.put("100", new BigDecimal("1000.000"));
        v.put("101", new BigDecimal("700.000"));
        v.put("102", new BigDecimal("300.000"));
        v.put("200", new BigDecimal("1000.000"));
        v.put("201", new BigDecimal("1000.000"));
        v.put("300", new BigDecimal("5000"));
        return v;
    }

    private List<DetailRowInput> deliveries(String tonnes) {
        return List.of(new DetailRowInput("deliveries", null, landfill.getId(), landfill.getName(), "LANDFILL", new BigDecimal(tonnes)));
    }

    private Report draft() throws Exception {
        return as.enterprise(() -> filing.createDraft(new NewReport("waste-1", 2024, collector.getId(), Fixtures.ASTANA, null)));
    }

    @Test
    void submitWithAnErrorIsRefusedAndNamesTheRule() throws Exception {
        Report report = draft();
        Map<String, BigDecimal> values = clean();
        values.put("100", new BigDecimal("1234.500"));
        Report saved = as.enterprise(() -> filing.save(report.getId(), report.getLockVersion(), values, deliveries("1000"), Map.of()));
        List<RuleResult> results = as.enterprise(() -> filing.validate(report.getId()));
        RuleResult sum = results.stream().filter(r -> r.ruleId().equals("W1-SUM-100")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, sum.severity());
        assertEquals("Line 100 (1,234.500 t) is not the sum of lines 101-114 (1,000.000 t).", sum.message().en());
        assertEquals("Строка 100 (1 234,500 т) не равна сумме строк 101-114 (1 000,000 т).", sum.message().ru());

        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> as.enterprise(() -> filing.submit(report.getId(), saved.getLockVersion(), Map.of())));
        assertEquals("report.hasErrors", e.getKey());
        assertTrue(e.ruleIds().contains("W1-SUM-100"));
        assertEquals(ReportStatus.DRAFT, as.enterprise(() -> filing.get(report.getId())).getStatus());
    }

    @Test
    void submitWithAnUnexplainedWarningIsRefusedThenAcceptedWithTheExplanation() throws Exception {
        Report report = draft();
        Map<String, BigDecimal> values = clean();
        values.put("200", new BigDecimal("980.000"));
        values.put("201", new BigDecimal("980.000"));
        Report saved = as.enterprise(() -> filing.save(report.getId(), report.getLockVersion(), values, deliveries("980"), Map.of()));
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> as.enterprise(() -> filing.submit(report.getId(), saved.getLockVersion(), Map.of())));
        assertEquals("report.unexplainedWarnings", e.getKey());
        assertTrue(e.ruleIds().stream().anyMatch(id -> id.startsWith("W1-200-100")), e.ruleIds().toString());

        RuleResult warning = as.enterprise(() -> filing.validate(report.getId())).stream()
                .filter(r -> r.ruleId().equals("W1-200-100")).findFirst().orElseThrow();
        String key = warning.ruleId() + "|" + (warning.lineCode() == null ? "" : warning.lineCode());
        Report submitted = as.enterprise(() -> filing.submit(report.getId(), saved.getLockVersion(),
                Map.of(key, "20 t of bulky waste were stored on site at year end.")));
        assertEquals(ReportStatus.SUBMITTED, submitted.getStatus());
        assertEquals("20 t of bulky waste were stored on site at year end.",
                as.akimatAstana(() -> filing.get(report.getId())).explanationOf(warning.ruleId(), warning.lineCode()));
    }

    @Test
    void theWholeCycleIsRecordedAndAnApprovedReportIsLocked() throws Exception {
        Report report = draft();
        Report saved = as.enterprise(() -> filing.save(report.getId(), report.getLockVersion(), clean(), deliveries("1000"), Map.of()));
        Report submitted = as.enterprise(() -> filing.submit(report.getId(), saved.getLockVersion(), Map.of()));
        Report opened = as.akimatAstana(() -> review.open(report.getId()));
        assertEquals(ReportStatus.UNDER_REVIEW, opened.getStatus());

        BusinessException noComment = assertThrows(BusinessException.class,
                () -> as.akimatAstana(() -> review.returnForCorrection(report.getId(), opened.getLockVersion(), " ", Map.of())));
        assertEquals("report.returnNeedsComment", noComment.getKey());

        Report returned = as.akimatAstana(() -> review.returnForCorrection(report.getId(), opened.getLockVersion(),
                "Population served looks too low.", Map.of("300", "Check the population served")));
        assertEquals(ReportStatus.RETURNED, returned.getStatus());

        Map<String, BigDecimal> corrected = clean();
        corrected.put("300", new BigDecimal("4000"));
        Report fixed = as.enterprise(() -> filing.save(report.getId(), returned.getLockVersion(), corrected, null, null));
        Report resubmitted = as.enterprise(() -> filing.submit(report.getId(), fixed.getLockVersion(), Map.of()));
        Report approved = as.akimatAstana(() -> review.approve(report.getId(), resubmitted.getLockVersion(), null));
        assertEquals(ReportStatus.APPROVED, approved.getStatus());
        assertEquals(Identities.AKIMAT_ASTANA, approved.getDecidedBy());
        assertEquals(Identities.ENTERPRISE, approved.getSubmittedBy());
        assertTrue(approved.isLate(), "a 2024 report submitted after 1 February 2025 is marked late, not refused");

        BusinessException locked = assertThrows(BusinessException.class,
                () -> as.enterprise(() -> filing.save(report.getId(), approved.getLockVersion(), clean(), null, null)));
        assertEquals("report.approvedLocked", locked.getKey());

        Report correction = as.enterprise(() -> filing.correct(report.getId()));
        assertEquals(1, correction.getCorrectionNo());
        assertEquals(ReportStatus.DRAFT, correction.getStatus());
        assertEquals(0, new BigDecimal("4000").compareTo(correction.value("300")));
        assertEquals(ReportStatus.SUPERSEDED, as.enterprise(() -> filing.get(report.getId())).getStatus());
        Map<String, BigDecimal> again = clean();
        again.put("300", new BigDecimal("4100"));
        Report savedCorrection = as.enterprise(() -> filing.save(correction.getId(), correction.getLockVersion(), again, null, null));
        Report submittedCorrection = as.enterprise(() -> filing.submit(correction.getId(), savedCorrection.getLockVersion(), Map.of()));
        assertEquals(ReportStatus.APPROVED,
                as.akimatAstana(() -> review.approve(correction.getId(), submittedCorrection.getLockVersion(), "Agreed")).getStatus());
        assertEquals(2, as.akimatAstana(() -> filing.versions(correction.getId())).size());
        List<FilingService.LineChange> diff = as.akimatAstana(() -> filing.compare(report.getId(), correction.getId()));
        assertEquals(1, diff.size(), "only line 300 changed between the approved version and its correction");
        assertEquals("300", diff.get(0).lineCode());
        assertEquals(0, new BigDecimal("4000").compareTo(diff.get(0).before()));
        assertEquals(0, new BigDecimal("4100").compareTo(diff.get(0).after()));

        List<ReportEvent> history = as.akimatAstana(() -> filing.history(report.getId()));
        List<ReportEvent.Action> actions = history.stream().map(ReportEvent::getAction).filter(a -> a != ReportEvent.Action.VALUE_CHANGED).toList();
        assertEquals(List.of(ReportEvent.Action.CREATED, ReportEvent.Action.SUBMITTED, ReportEvent.Action.OPENED, ReportEvent.Action.RETURNED,
                ReportEvent.Action.COMMENTED, ReportEvent.Action.SUBMITTED, ReportEvent.Action.APPROVED, ReportEvent.Action.SUPERSEDED), actions);
        ReportEvent returnEvent = history.stream().filter(h -> h.getAction() == ReportEvent.Action.RETURNED).findFirst().orElseThrow();
        assertEquals(Identities.AKIMAT_ASTANA, returnEvent.getActor());
        assertEquals(ReportStatus.UNDER_REVIEW, returnEvent.getFromStatus());
        assertEquals("Population served looks too low.", returnEvent.getComment());
        ReportEvent change = history.stream().filter(h -> h.getAction() == ReportEvent.Action.VALUE_CHANGED && "300".equals(h.getLineCode()))
                .reduce((a, b) -> b).orElseThrow();
        assertEquals(0, new BigDecimal("5000").compareTo(change.getOldValue()));
        assertEquals(0, new BigDecimal("4000").compareTo(change.getNewValue()));
        assertEquals(Identities.ENTERPRISE, change.getActor());
    }

    @Test
    void theApprovedDemoReportsHoldTogether() throws Exception {
        // demo data is loaded in the test database; an approved report with an ERROR would teach reviewers bad habits
        var approved = as.ministry(() -> review.inbox(new kz.qaldyq.filing.InboxQuery(null, null, ReportStatus.APPROVED, null, null, false), 0, 200));
        List<Report> demo = approved.items().stream().filter(r -> r.getCreatedBy().startsWith("demo") || r.getCreatedBy().startsWith("ent-")).toList();
        assertTrue(demo.size() >= 14, "demo approved reports: " + demo.size());
        for (Report r : demo) {
            List<RuleResult> errors = as.ministry(() -> filing.validate(r.getId())).stream().filter(x -> x.severity() == Severity.ERROR).toList();
            assertTrue(errors.isEmpty(), r.getFormCode() + " " + r.getReportingYear() + " of " + r.getOrganisation().getBinValue() + ": " + errors);
        }
    }

    @Test
    void startFromLastYearCopiesTheCounterpartiesWithoutQuantities() throws Exception {
        Report last = as.enterprise(() -> filing.createDraft(new NewReport("waste-1", 2023, collector.getId(), Fixtures.ASTANA, null)));
        Report saved = as.enterprise(() -> filing.save(last.getId(), last.getLockVersion(), clean(), deliveries("1000"), Map.of()));
        Report submitted = as.enterprise(() -> filing.submit(last.getId(), saved.getLockVersion(), Map.of()));
        as.akimatAstana(() -> review.approve(last.getId(), submitted.getLockVersion(), null));

        Report report = draft();
        Report started = as.enterprise(() -> filing.startFromLastYear(report.getId(), report.getLockVersion()));
        assertEquals(1, started.getDetailRows().size());
        assertEquals(landfill.getId(), started.getDetailRows().get(0).getFacilityId());
        assertEquals("LANDFILL", started.getDetailRows().get(0).getCategory());
        assertNull(started.getDetailRows().get(0).getTonnes(), "no quantity is copied");
        assertTrue(started.getValues().isEmpty());
    }

    @Test
    void aStaleSaveIsRefusedWithWhoChangedItAndNothingIsOverwritten() throws Exception {
        Report report = draft();
        int loaded = report.getLockVersion();
        as.enterprise(() -> filing.save(report.getId(), loaded, clean(), null, null));
        Map<String, BigDecimal> other = clean();
        other.put("300", new BigDecimal("1"));
        ConcurrentChangeException e = assertThrows(ConcurrentChangeException.class,
                () -> as.enterprise(() -> filing.save(report.getId(), loaded, other, null, null)));
        assertEquals(Identities.ENTERPRISE, e.getArguments().get(0));
        assertEquals(0, new BigDecimal("5000").compareTo(as.enterprise(() -> filing.get(report.getId())).value("300")));
    }

    @Test
    void negativeOrAbsurdTonnageIsRefusedAndNothingStored() throws Exception {
        Report report = draft();
        Map<String, BigDecimal> negative = clean();
        negative.put("101", new BigDecimal("-5"));
        assertEquals("report.negative", assertThrows(BusinessException.class,
                () -> as.enterprise(() -> filing.save(report.getId(), report.getLockVersion(), negative, null, null))).getKey());
        Map<String, BigDecimal> absurd = clean();
        absurd.put("100", new BigDecimal("5000000000"));
        assertEquals("report.absurd", assertThrows(BusinessException.class,
                () -> as.enterprise(() -> filing.save(report.getId(), report.getLockVersion(), absurd, null, null))).getKey());
        Report stored = as.enterprise(() -> filing.get(report.getId()));
        assertNull(stored.value("101"));
        assertTrue(stored.getValues().isEmpty());
    }

    @Test
    void dataScopeIsEnforcedByTheServices() throws Exception {
        Report report = draft();
        Report saved = as.enterprise(() -> filing.save(report.getId(), report.getLockVersion(), clean(), deliveries("1000"), Map.of()));
        assertThrows(AccessDeniedException.class, () -> as.otherEnterprise(() -> filing.get(report.getId())));
        assertThrows(AccessDeniedException.class,
                () -> as.otherEnterprise(() -> filing.save(report.getId(), saved.getLockVersion(), clean(), null, null)));
        Report submitted = as.enterprise(() -> filing.submit(report.getId(), saved.getLockVersion(), Map.of()));
        assertThrows(AccessDeniedException.class, () -> as.akimatKaraganda(() -> review.open(report.getId())));
        assertThrows(AccessDeniedException.class, () -> as.akimatKaraganda(() -> filing.get(report.getId())));

        // four eyes: an akimat official linked to the reporting organisation cannot approve its report
        fixtures.link(Identities.AKIMAT_ASTANA, collector);
        AccessDeniedException own = assertThrows(AccessDeniedException.class,
                () -> as.akimatAstana(() -> review.approve(report.getId(), submitted.getLockVersion(), null)));
        assertEquals("report.ownOrganisation", own.getKey());
        assertEquals(ReportStatus.SUBMITTED, as.enterprise(() -> filing.get(report.getId())).getStatus());
        fixtures.unlink(Identities.AKIMAT_ASTANA, collector);
    }
}
