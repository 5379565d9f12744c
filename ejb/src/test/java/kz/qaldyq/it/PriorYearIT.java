package kz.qaldyq.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import kz.qaldyq.validation.RuleResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Each respondent's figures against its own approved figures of last year, and per person served. */
@ExtendWith(ArquillianExtension.class)
class PriorYearIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule(PriorYearIT.class);
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
    void lastYearApproved() throws Exception {
        fixtures.users();
        collector = fixtures.linkedCollector("Prior", Fixtures.ASTANA);
        landfill = fixtures.landfill(Fixtures.ASTANA);
        Report last = file(2023, values("700", "300", "5000"));
        Report submitted = as.enterprise(() -> filing.submit(last.getId(), last.getLockVersion(), Map.of()));
        as.akimatAstana(() -> review.approve(last.getId(), submitted.getLockVersion(), null));
    }

    private static Map<String, BigDecimal> values(String households, String legalEntities, String persons) {
        Map<String, BigDecimal> v = new HashMap<>();
        BigDecimal total = new BigDecimal(households).add(legalEntities == null ? BigDecimal.ZERO : new BigDecimal(legalEntities));
        v.put("101", new BigDecimal(households));
        if (legalEntities != null) {
            v.put("102", new BigDecimal(legalEntities));
        }
        v.put("100", total);
        v.put("200", total);
        v.put("201", total);
        v.put("300", new BigDecimal(persons));
        return v;
    }

    private Report file(int year, Map<String, BigDecimal> values) throws Exception {
        Report draft = as.enterprise(() -> filing.createDraft(new NewReport("waste-1", year, collector.getId(), Fixtures.ASTANA, null)));
        List<DetailRowInput> rows = List.of(new DetailRowInput("deliveries", null, landfill.getId(), landfill.getName(), "LANDFILL", values.get("201")));
        return as.enterprise(() -> filing.save(draft.getId(), draft.getLockVersion(), values, rows, Map.of()));
    }

    private List<String> findings(Report report) throws Exception {
        return as.enterprise(() -> filing.validate(report.getId())).stream()
                .map(r -> r.ruleId() + "/" + r.lineCode()).sorted().toList();
    }

    @Test
    void modestChangesAgainstLastYearAreSilent() throws Exception {
        Report report = file(2024, values("770", "310", "5100"));
        assertTrue(findings(report).isEmpty(), findings(report).toString());

        FilingService.LineSeries households = as.akimatAstana(() -> filing.series(report.getId())).stream()
                .filter(s -> s.lineCode().equals("101")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("700").compareTo(households.approved().get(2023)), "last year's approved value");
        assertEquals(0, new BigDecimal("770").compareTo(households.current()));
        assertEquals(0, new BigDecimal("10.0").compareTo(households.changePercent()));
    }

    @Test
    void aChangeAbove25PercentAsksForAnExplanation() throws Exception {
        // households 700 → 1 000 t (+42.9 %), total 1 000 → 1 300 t (+30 %)
        Report report = file(2024, values("1000", "300", "5000"));
        List<String> found = findings(report);
        assertTrue(found.contains("W1-CHANGE-25/101"), found.toString());
        assertTrue(found.contains("W1-CHANGE-25/100"), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.startsWith("W1-CHANGE-50")), found.toString());
    }

    @Test
    void aLineReportedLastYearAndMissingNowIsFlagged() throws Exception {
        Report report = file(2024, values("1000", null, "5000"));
        assertTrue(findings(report).contains("W1-GONE/102"), findings(report).toString());
    }

    @Test
    void implausibleWastePerPersonIsFlagged() throws Exception {
        Report report = file(2024, values("700", "300", "1500"));
        assertTrue(findings(report).contains("W1-PER-CAPITA/100"), "1 000 t for 1 500 people is 667 kg a person: " + findings(report));
    }

    @Test
    void aChangeAbove50PercentMustBeAcknowledgedLineByLineBeforeApproval() throws Exception {
        Report report = file(2024, values("1300", "300", "5000"));
        List<RuleResult> results = as.enterprise(() -> filing.validate(report.getId()));
        Map<String, String> explanations = results.stream().collect(Collectors.toMap(
                r -> r.ruleId() + "|" + (r.lineCode() == null ? "" : r.lineCode()), r -> "A new district joined the service area."));
        Report submitted = as.enterprise(() -> filing.submit(report.getId(), report.getLockVersion(), explanations));

        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> as.akimatAstana(() -> review.approve(report.getId(), submitted.getLockVersion(), null)));
        assertEquals("report.unacknowledged", refused.getKey());
        assertTrue(refused.ruleIds().contains("W1-CHANGE-50/101"), refused.ruleIds().toString());

        for (String finding : as.akimatAstana(() -> review.unacknowledged(report.getId()))) {
            String[] ruleAndLine = finding.split("/");
            as.akimatAstana(() -> review.acknowledge(report.getId(), ruleAndLine[0], ruleAndLine[1], "Confirmed with the akimat's district office"));
        }
        Report current = as.akimatAstana(() -> filing.get(report.getId()));
        assertEquals(ReportStatus.APPROVED, as.akimatAstana(() -> review.approve(report.getId(), current.getLockVersion(), null)).getStatus());
        ReportEvent ack = as.akimatAstana(() -> filing.history(report.getId())).stream()
                .filter(e -> e.getAction() == ReportEvent.Action.ACKNOWLEDGED && "101".equals(e.getLineCode())).findFirst().orElseThrow();
        assertEquals(Identities.AKIMAT_ASTANA, ack.getActor());
        assertEquals("W1-CHANGE-50", ack.getRuleId());
        assertTrue(ack.getAt() != null);
    }
}
