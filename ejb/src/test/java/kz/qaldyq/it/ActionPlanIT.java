package kz.qaldyq.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kz.qaldyq.indicator.plan.ActionPlanService;
import kz.qaldyq.indicator.plan.ChainStep;
import kz.qaldyq.indicator.plan.Evidence;
import kz.qaldyq.indicator.plan.EvidenceInfo;
import kz.qaldyq.indicator.plan.PlanChainStep;
import kz.qaldyq.indicator.plan.PlanItem;
import kz.qaldyq.indicator.plan.PlanReport;
import kz.qaldyq.indicator.plan.PlanReportEvent;
import kz.qaldyq.indicator.plan.PlanRow;
import kz.qaldyq.indicator.plan.PlanStatus;
import kz.qaldyq.indicator.plan.RegionReport;
import kz.qaldyq.platform.AccessDeniedException;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.ConcurrentChangeException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Action Plan: its 20 rows, who may report what, overdue marks at the date edges, the chain, stale edits and
 * evidence checks. Each test owns its years and rows: 2027 (rows 10, 11, 12), 2028 (rows 14, 15, 16), 2030 (chain);
 * the browser test uses 2029 and the demo data 2026.
 */
@ExtendWith(ArquillianExtension.class)
class ActionPlanIT {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule(ActionPlanIT.class);
    }

    @Inject
    private Identities as;
    @Inject
    private Fixtures fixtures;
    @Inject
    private ActionPlanService plan;

    @BeforeEach
    void setUp() throws Exception {
        fixtures.users();
    }

    @Test
    void allTwentyRowsArePresentInThreeLanguagesWithTheirDueDates() throws Exception {
        List<PlanItem> items = as.akimatAstana(() -> plan.items());

        assertEquals(List.of("1", "2", "3.1", "3.2", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17",
                "18", "19", "20"), items.stream().map(PlanItem::getNumber).toList(), "the annex's rows, row 3 in two parts");
        for (PlanItem item : items) {
            assertTrue(item.getName().isComplete() && item.getCompletionForm().isComplete() && item.getDeadline().isComplete()
                    && item.getResponsible().isComplete() && item.getDirection().getName().isComplete(), "row " + item.getNumber());
        }
        assertEquals(List.of("9", "10", "11", "14"), items.stream().filter(PlanItem::isAkimat).map(PlanItem::getNumber).toList());
        assertEquals(List.of("10", "13", "14", "16", "19", "20"), items.stream().filter(PlanItem::isAnnual).map(PlanItem::getNumber).toList());
        PlanItem first = items.get(0);
        assertEquals(LocalDate.of(2026, 6, 30), first.getDueDate(), "H1 2026");
        assertEquals("2026 жылдың I жартыжылдығы", first.getDeadline().in(new Locale("kk")));
        assertEquals("I полугодие 2026 года", first.getDeadline().in(new Locale("ru")));
        assertEquals("H1 2026", first.getDeadline().in(Locale.ENGLISH));
        PlanItem five = items.get(5);
        assertEquals(LocalDate.of(2028, 12, 31), five.getDueDate(), "2027–2028 ends with 2028");
        PlanItem ten = items.get(10);
        assertNull(ten.getDueDate());
        assertEquals(LocalDate.of(2028, 4, 1), ten.dueFor(2027), "an annual row is due with the report, 1 April after the year");
        assertEquals("ЖАО", ten.getResponsible().getKk());
        assertEquals(List.of(2, 3), ten.getDirection().getIndicators());
        assertEquals("Қалдықтардың барлық түрлерін түгендеу", items.get(6).getName().getKk());
    }

    @Test
    void anAkimatReportsRowTenForItsOwnRegionOnly() throws Exception {
        PlanReport report = as.akimatAstana(() -> plan.report("10", 2027, null, null, PlanStatus.IN_PROGRESS,
                "Three collection points for bulky waste opened", null));
        assertEquals(Fixtures.ASTANA, report.getRegionCode());
        assertEquals(PlanStatus.IN_PROGRESS, report.getStatus());
        PlanReportEvent event = as.akimatAstana(() -> plan.history(report.getId(), 0, 10)).items().get(0);
        assertEquals(Identities.AKIMAT_ASTANA, event.getActor());
        assertEquals(PlanReportEvent.Action.REPORTED, event.getAction());
        assertEquals("Three collection points for bulky waste opened", event.getText());

        AccessDeniedException otherRegion = assertThrows(AccessDeniedException.class, () -> as.akimatAstana(() -> plan.report("10", 2027,
                Fixtures.KARAGANDA, null, PlanStatus.DONE, "for Karaganda", null)));
        assertEquals("scope.region", otherRegion.getKey());
        AccessDeniedException ministryRow = assertThrows(AccessDeniedException.class, () -> as.akimatAstana(() -> plan.report("4", 2027,
                null, null, PlanStatus.DONE, "the system is launched", null)));
        assertEquals("plan.ministryRow", ministryRow.getKey());
        AccessDeniedException akimatRow = assertThrows(AccessDeniedException.class, () -> as.ministry(() -> plan.report("10", 2027,
                Fixtures.KARAGANDA, null, PlanStatus.DONE, "on behalf of Karaganda", null)));
        assertEquals("plan.akimatRow", akimatRow.getKey());
        assertThrows(AccessDeniedException.class, () -> as.akimatKaraganda(() -> plan.findReport("10", 2027, Fixtures.ASTANA)),
                "another region's report is not shown either");
        assertTrue(as.akimatKaraganda(() -> plan.findReport("10", 2027, null)).isEmpty(), "Karaganda has not reported");
        assertThrows(EJBAccessException.class, () -> as.enterprise(() -> plan.items()));

        LocalDate today = LocalDate.of(2027, 12, 1);
        List<RegionReport> regions = as.ministry(() -> plan.regions("10", 2027, today));
        assertEquals(20, regions.size());
        assertEquals(List.of(Fixtures.ASTANA), regions.stream().filter(RegionReport::reported).map(r -> r.region().getCode()).toList());
        PlanRow national = as.ministry(() -> plan.row("10", 2027, today));
        assertEquals(1, national.regionsReported());
        assertEquals(20, national.regionsTotal());
        assertEquals(1, as.akimatKaraganda(() -> plan.regions("10", 2027, today)).size(), "an akimat sees only its own region");
        assertNull(as.akimatKaraganda(() -> plan.row("10", 2027, today)).report());
        assertEquals(PlanStatus.IN_PROGRESS, as.akimatAstana(() -> plan.row("10", 2027, today)).status());
    }

    @Test
    void overdueMarksChangeOnTheDayAfterTheDueDate() throws Exception {
        // annual ministry row 16, nothing reported for 2028: due 1 April 2029
        assertFalse(as.ministry(() -> plan.row("16", 2028, LocalDate.of(2029, 4, 1))).overdue());
        assertTrue(as.ministry(() -> plan.row("16", 2028, LocalDate.of(2029, 4, 2))).overdue());

        // akimat row 14 for 2028: Turkistan's missing report is overdue after 1 April 2029, until it reports
        LocalDate after = LocalDate.of(2029, 4, 2);
        assertTrue(as.akimatTurkistan(() -> plan.row("14", 2028, after)).overdue());
        as.akimatTurkistan(() -> plan.report("14", 2028, null, null, PlanStatus.NOT_STARTED, "Containers are being procured", null));
        assertFalse(as.akimatTurkistan(() -> plan.row("14", 2028, after)).overdue());
        List<RegionReport> regions = as.ministry(() -> plan.regions("14", 2028, after));
        assertFalse(regions.stream().filter(r -> r.region().getCode().equals(Fixtures.TURKISTAN)).findFirst().orElseThrow().overdue());
        assertTrue(regions.stream().filter(r -> r.region().getCode().equals(Fixtures.ASTANA)).findFirst().orElseThrow().overdue());
        assertTrue(as.ministry(() -> plan.row("14", 2028, after)).overdue(), "the row is overdue while any region is");

        // row 15, Q4 2028: in progress is fine on 31 December, overdue from 1 January, not once done
        PlanReport started = as.ministry(() -> plan.report("15", 2028, null, null, PlanStatus.IN_PROGRESS, "Proposals drafted", null));
        assertFalse(as.ministry(() -> plan.row("15", 2028, LocalDate.of(2028, 12, 31))).overdue());
        assertTrue(as.ministry(() -> plan.row("15", 2028, LocalDate.of(2029, 1, 1))).overdue());
        as.ministry(() -> plan.report("15", 2028, null, started.getVersion(), PlanStatus.DONE, "Proposals sent to the Government Office", null));
        assertFalse(as.ministry(() -> plan.row("15", 2028, LocalDate.of(2029, 1, 1))).overdue());
        PlanRow nextYear = as.ministry(() -> plan.row("15", 2029, LocalDate.of(2030, 5, 1)));
        assertEquals(PlanStatus.DONE, nextYear.status(), "finished work stays finished in the following year");
        assertTrue(nextYear.carriedOver());
        assertFalse(nextYear.overdue());

        // row 8 runs to 2030: in the view of 2028 it is not late, whatever the day
        assertFalse(as.ministry(() -> plan.row("8", 2028, LocalDate.of(2031, 1, 1))).overdue());
    }

    @Test
    void theChainStepsAreRecordedWithWhoAndWhen() throws Exception {
        List<ChainStep> before = as.ministry(() -> plan.chain(2030, LocalDate.of(2031, 4, 2)));
        assertEquals(97, before.get(0).expected(), "17 ministry rows (row 3 in two parts) and 4 akimat rows from 20 regions");
        assertTrue(before.get(0).overdue(), "not every executor reported by 1 April");
        assertEquals(LocalDate.of(2031, 5, 1), before.get(1).due());
        assertEquals(LocalDate.of(2031, 6, 15), before.get(2).due());
        assertFalse(before.get(1).overdue());

        BusinessException early = assertThrows(BusinessException.class, () -> as.ministry(() -> plan.recordChainStep(2030,
                PlanChainStep.TO_GOVERNMENT, LocalDate.of(2031, 6, 1), "01-2/77", null)));
        assertEquals("plan.chain.order", early.getKey());
        assertThrows(EJBAccessException.class, () -> as.akimatAstana(() -> plan.recordChainStep(2030, PlanChainStep.TO_ECONOMY,
                LocalDate.of(2031, 4, 28), "x", null)));

        Instant start = Instant.now();
        PlanChainStep sent = as.ministry(() -> plan.recordChainStep(2030, PlanChainStep.TO_ECONOMY, LocalDate.of(2031, 4, 28),
                "03-1/1234", "Information on 2030 sent to the Ministry of National Economy"));
        assertEquals(Identities.MINISTRY, sent.getRecordedBy());
        assertTrue(Duration.between(start, sent.getRecordedAt()).abs().getSeconds() < 60);
        as.ministry(() -> plan.recordChainStep(2030, PlanChainStep.TO_GOVERNMENT, LocalDate.of(2031, 6, 16), "03-1/1500", null));

        List<ChainStep> after = as.ministry(() -> plan.chain(2030, LocalDate.of(2031, 7, 1)));
        assertEquals(LocalDate.of(2031, 4, 28), after.get(1).doneOn());
        assertEquals("03-1/1234", after.get(1).record().getLetterNumber());
        assertFalse(after.get(1).overdue());
        assertFalse(after.get(1).late());
        assertTrue(after.get(2).late(), "sent a day after 15 June");
        assertEquals(Identities.MINISTRY, after.get(2).record().getRecordedBy());
        BusinessException twice = assertThrows(BusinessException.class, () -> as.ministry(() -> plan.recordChainStep(2030,
                PlanChainStep.TO_ECONOMY, LocalDate.of(2031, 4, 29), "03-1/1235", null)));
        assertEquals("plan.chain.recorded", twice.getKey());
    }

    @Test
    void aStaleEditIsRefusedAndChangesNothing() throws Exception {
        PlanReport first = as.ministry(() -> plan.report("12", 2027, null, null, PlanStatus.IN_PROGRESS, "Proposals being drafted", null));
        PlanReport second = as.ministry(() -> plan.report("12", 2027, null, first.getVersion(), PlanStatus.DONE, "Proposals sent", null));
        assertTrue(second.getVersion() > first.getVersion());

        ConcurrentChangeException stale = assertThrows(ConcurrentChangeException.class, () -> as.ministry(() -> plan.report("12", 2027,
                null, first.getVersion(), PlanStatus.NOT_STARTED, "Started over", null)));
        assertEquals(Identities.MINISTRY, stale.getArguments().get(0), "names who saved in between");
        assertThrows(ConcurrentChangeException.class, () -> as.ministry(() -> plan.report("12", 2027, null, null,
                PlanStatus.NOT_STARTED, "A second first report", null)), "a new report over an existing one");
        PlanReport now = as.ministry(() -> plan.findReport("12", 2027, null)).orElseThrow();
        assertEquals(PlanStatus.DONE, now.getStatus());
        assertEquals("Proposals sent", now.getProgress());
        List<PlanReportEvent> history = as.ministry(() -> plan.history(now.getId(), 0, 10)).items();
        assertEquals(2, history.size());
        assertEquals(PlanStatus.IN_PROGRESS, history.get(0).getFromStatus());
        assertEquals(PlanStatus.DONE, history.get(0).getToStatus());

        BusinessException noText = assertThrows(BusinessException.class, () -> as.ministry(() -> plan.report("12", 2027, null,
                now.getVersion(), PlanStatus.IN_PROGRESS, "  ", null)));
        assertEquals("plan.textRequired", noText.getKey());
    }

    @Test
    void evidenceOfAWrongTypeIsRefusedAndNothingIsStored() throws Exception {
        BusinessException refused = assertThrows(BusinessException.class, () -> as.akimatTurkistan(() -> plan.report("11", 2027, null,
                null, PlanStatus.DONE, "Sorting complex commissioned", new Evidence("act.pdf", "not a pdf at all".getBytes(StandardCharsets.UTF_8)))));
        assertEquals("plan.evidence.type", refused.getKey());
        assertEquals("act.pdf", refused.getArguments().get(0));
        assertTrue(as.akimatTurkistan(() -> plan.findReport("11", 2027, null)).isEmpty(), "neither the report nor the file was stored");

        byte[] docx = docx();
        PlanReport report = as.akimatTurkistan(() -> plan.report("11", 2027, null, null, PlanStatus.DONE, "Sorting complex commissioned",
                new Evidence("commissioning-act.docx", docx)));
        List<EvidenceInfo> evidence = as.akimatTurkistan(() -> plan.evidence(report.getId()));
        assertEquals(1, evidence.size());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", evidence.get(0).contentType());

        BusinessException exe = assertThrows(BusinessException.class, () -> as.akimatTurkistan(() -> plan.addEvidence(report.getId(),
                new Evidence("photo.jpg", new byte[] {'M', 'Z', 0, 0}))));
        assertEquals("plan.evidence.type", exe.getKey());
        BusinessException large = assertThrows(BusinessException.class, () -> as.akimatTurkistan(() -> plan.addEvidence(report.getId(),
                new Evidence("scan.pdf", java.util.Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1)))));
        assertEquals("plan.evidence.tooLarge", large.getKey());
        assertEquals(1, as.akimatTurkistan(() -> plan.evidence(report.getId())).size());

        long evidenceId = evidence.get(0).id();
        assertThrows(AccessDeniedException.class, () -> as.akimatKaraganda(() -> plan.evidenceDocument(report.getId(), evidenceId)));
        assertArrayEquals(docx, as.ministry(() -> plan.evidenceDocument(report.getId(), evidenceId).getContent()));
        assertEquals(PlanReportEvent.Action.EVIDENCE_ADDED, as.ministry(() -> plan.history(report.getId(), 0, 10)).items().get(0).getAction());
    }

    /** The smallest package Word writes: a ZIP holding word/document.xml. */
    private static byte[] docx() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
