package kz.qaldyq.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kz.qaldyq.platform.AccessDeniedException;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.LocalizedText;
import kz.qaldyq.platform.NotFoundException;
import kz.qaldyq.reference.ReferenceService;
import kz.qaldyq.reference.WorkingDays;
import kz.qaldyq.registry.historical.AmountUnit;
import kz.qaldyq.registry.historical.AssessmentItem;
import kz.qaldyq.registry.historical.DocumentInfo;
import kz.qaldyq.registry.historical.HistoricalEvent;
import kz.qaldyq.registry.historical.HistoricalObject;
import kz.qaldyq.registry.historical.HistoricalRegisterService;
import kz.qaldyq.registry.historical.HistoricalStatus;
import kz.qaldyq.registry.historical.IncompleteAssessmentException;
import kz.qaldyq.registry.historical.PublicObject;
import kz.qaldyq.registry.historical.PublicRegisterService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The historical-pollution register: submission rules, the ministry's decisions, the countdown, scope, publicity. */
@ExtendWith(ArquillianExtension.class)
class HistoricalRegisterIT {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    private static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule(HistoricalRegisterIT.class, HistoricalFixtures.class);
    }

    @Inject
    private Identities as;
    @Inject
    private Fixtures fixtures;
    @Inject
    private HistoricalFixtures historical;
    @Inject
    private HistoricalRegisterService register;
    @Inject
    private PublicRegisterService publicRegister;
    @Inject
    private ReferenceService reference;

    @BeforeEach
    void setUp() throws Exception {
        fixtures.users();
    }

    private HistoricalObject createComplete() throws Exception {
        return as.akimatKaraganda(() -> register.create(HistoricalFixtures.complete(HistoricalFixtures.KARAGANDA_DISTRICT, Fixtures.newBin())));
    }

    private HistoricalObject submitted() throws Exception {
        HistoricalObject object = createComplete();
        return as.akimatKaraganda(() -> register.submit(object.getId(), object.getVersion()));
    }

    @Test
    void submissionWithAnIncompleteAssessmentIsRefusedWithTheMissingItems() throws Exception {
        HistoricalObject object = as.akimatKaraganda(() -> register.create(HistoricalFixtures.identified(HistoricalFixtures.KARAGANDA_DISTRICT)));
        assertEquals(HistoricalStatus.IDENTIFIED, object.getStatus());

        IncompleteAssessmentException refused = assertThrows(IncompleteAssessmentException.class,
                () -> as.akimatKaraganda(() -> register.submit(object.getId(), object.getVersion())));

        assertEquals(List.of(AssessmentItem.AREA, AssessmentItem.IMPACT, AssessmentItem.TREATY_SUBSTANCES,
                AssessmentItem.POPULATION_IN_ZONE, AssessmentItem.POPULATION_UNDER_THREAT, AssessmentItem.ORIGIN,
                AssessmentItem.OWNERSHIP, AssessmentItem.WORKS_REQUIRED), refused.missing());
        assertEquals("historical.incomplete", refused.getKey());
        HistoricalObject after = as.akimatKaraganda(() -> register.get(object.getId()));
        assertEquals(HistoricalStatus.IDENTIFIED, after.getStatus(), "nothing changed");
        assertNull(after.getReceivedOn());
    }

    @Test
    void completingTheAssessmentMakesTheObjectAssessedAndSubmittable() throws Exception {
        HistoricalObject object = as.akimatKaraganda(() -> register.create(HistoricalFixtures.identified(HistoricalFixtures.KARAGANDA_DISTRICT)));
        HistoricalObject assessed = as.akimatKaraganda(() -> register.update(object.getId(), object.getVersion(),
                HistoricalFixtures.complete(HistoricalFixtures.KARAGANDA_DISTRICT, Fixtures.newBin())));
        assertEquals(HistoricalStatus.ASSESSED, assessed.getStatus());
        assertEquals(Map.of(AmountUnit.T, new BigDecimal("812.500"), AmountUnit.M3, new BigDecimal("3400.000")), assessed.totalsByUnit(),
                "tonnes and cubic metres are never added together");

        HistoricalObject sent = as.akimatKaraganda(() -> register.submit(assessed.getId(), assessed.getVersion()));

        assertEquals(HistoricalStatus.SUBMITTED_TO_MINISTRY, sent.getStatus());
        assertEquals(HistoricalRegisterService.today(), sent.getReceivedOn());
        WorkingDays.Countdown countdown = as.ministry(() -> register.decisionCountdown(sent, sent.getReceivedOn())).orElseThrow();
        assertEquals(30, countdown.left(), "the whole period on the day of receipt");
        assertFalse(countdown.overdue());
        assertThrows(BusinessException.class, () -> as.akimatKaraganda(() -> register.update(sent.getId(), sent.getVersion(),
                HistoricalFixtures.complete(HistoricalFixtures.KARAGANDA_DISTRICT, Fixtures.newBin()))), "locked once submitted");
    }

    @Test
    void countdownSkipsTheWeekendAndThePublicHolidayOfTheReferenceTable() throws Exception {
        HistoricalObject object = submitted();
        historical.receivedOn(object.getId(), LocalDate.of(2026, 12, 11));
        HistoricalObject received = as.ministry(() -> register.get(object.getId()));

        // Friday 11 December 2026; Saturday, Sunday and Wednesday 16 December (Independence Day) do not count
        WorkingDays.Countdown thursday = as.ministry(() -> register.decisionCountdown(received, LocalDate.of(2026, 12, 17))).orElseThrow();
        assertEquals(27, thursday.left());
        assertEquals(LocalDate.of(2027, 1, 27), thursday.due(), "1-2 and 7 January 2027 are holidays too");
        WorkingDays.Countdown late = as.ministry(() -> register.decisionCountdown(received, LocalDate.of(2027, 1, 29))).orElseThrow();
        assertTrue(late.overdue());
        assertEquals(-2, late.left());

        // the administrator adds a day off: the due date moves by one working day
        LocalDate extra = LocalDate.of(2027, 1, 22);
        as.admin(() -> reference.addHoliday(extra, new LocalizedText("Демалыс", "Выходной", "Day off")));
        try {
            assertEquals(LocalDate.of(2027, 1, 28), as.ministry(() -> register.decisionCountdown(received, LocalDate.of(2026, 12, 17))).orElseThrow().due());
        } finally {
            as.admin(() -> {
                reference.removeHoliday(extra);
                return null;
            });
        }
        assertThrows(EJBAccessException.class, () -> as.akimatKaraganda(() -> reference.addHoliday(LocalDate.of(2027, 2, 1),
                new LocalizedText("a", "b", "c"))), "only the administrator edits the holidays");
    }

    @Test
    void onlyTheMinistryIncludesCategorisesAndExcludesAndEveryStepIsRecorded() throws Exception {
        HistoricalObject sent = submitted();
        long id = sent.getId();

        assertThrows(EJBAccessException.class, () -> as.akimatKaraganda(() -> register.include(id, sent.getVersion(), null)));
        assertThrows(EJBAccessException.class, () -> as.admin(() -> register.include(id, sent.getVersion(), null)));
        HistoricalObject included = as.ministry(() -> register.include(id, sent.getVersion(), "Materials complete"));
        assertEquals(HistoricalStatus.INCLUDED, included.getStatus());
        assertEquals(HistoricalRegisterService.today(), included.getIncludedOn());

        assertThrows(EJBAccessException.class, () -> as.akimatKaraganda(() -> register.categorise(id, included.getVersion(), 1, 1)));
        BusinessException badCategory = assertThrows(BusinessException.class, () -> as.ministry(() -> register.categorise(id, included.getVersion(), 4, 1)));
        assertEquals("historical.categoryRange", badCategory.getKey());
        HistoricalObject categorised = as.ministry(() -> register.categorise(id, included.getVersion(), 1, 1));
        assertEquals(HistoricalStatus.CATEGORISED, categorised.getStatus());
        assertEquals(1, categorised.getCategory());

        assertThrows(EJBAccessException.class, () -> as.akimatKaraganda(() -> register.exclude(id, categorised.getVersion(), "Liquidated")));
        BusinessException noReason = assertThrows(BusinessException.class, () -> as.ministry(() -> register.exclude(id, categorised.getVersion(), " ")));
        assertEquals("historical.reasonRequired", noReason.getKey());
        HistoricalObject excluded = as.ministry(() -> register.exclude(id, categorised.getVersion(), "Duplicate of another object"));
        assertEquals(HistoricalStatus.EXCLUDED, excluded.getStatus());
        assertEquals("Duplicate of another object", excluded.getStatusReason());

        List<HistoricalEvent> history = as.ministry(() -> register.history(id));
        assertEquals(List.of(HistoricalEvent.Action.CREATED, HistoricalEvent.Action.ASSESSED, HistoricalEvent.Action.SUBMITTED,
                HistoricalEvent.Action.INCLUDED, HistoricalEvent.Action.CATEGORISED, HistoricalEvent.Action.EXCLUDED),
                history.stream().map(HistoricalEvent::getAction).toList());
        HistoricalEvent exclusion = history.get(history.size() - 1);
        assertEquals(Identities.MINISTRY, exclusion.getActor());
        assertEquals(HistoricalStatus.CATEGORISED, exclusion.getFromStatus());
        assertEquals("Duplicate of another object", exclusion.getComment());
        assertEquals(Identities.AKIMAT_KARAGANDA, history.get(2).getActor());
    }

    @Test
    void refusalNeedsAReasonAndTheAkimatMaySubmitAgain() throws Exception {
        HistoricalObject sent = submitted();
        assertThrows(BusinessException.class, () -> as.ministry(() -> register.refuse(sent.getId(), sent.getVersion(), "")));
        HistoricalObject refused = as.ministry(() -> register.refuse(sent.getId(), sent.getVersion(), "Population figures not substantiated"));
        assertEquals(HistoricalStatus.REFUSED, refused.getStatus());

        HistoricalObject again = as.akimatKaraganda(() -> register.submit(refused.getId(), refused.getVersion()));
        assertEquals(HistoricalStatus.SUBMITTED_TO_MINISTRY, again.getStatus());
    }

    @Test
    void liquidationOutOfQueueOrderNeedsAJustification() throws Exception {
        HistoricalObject first = submitted();
        HistoricalObject second = submitted();
        HistoricalObject firstIncluded = as.ministry(() -> register.include(first.getId(), first.getVersion(), null));
        HistoricalObject secondIncluded = as.ministry(() -> register.include(second.getId(), second.getVersion(), null));
        as.ministry(() -> register.categorise(firstIncluded.getId(), firstIncluded.getVersion(), 1, 1));
        HistoricalObject later = as.ministry(() -> register.categorise(secondIncluded.getId(), secondIncluded.getVersion(), 3, 999));

        BusinessException outOfOrder = assertThrows(BusinessException.class,
                () -> as.akimatKaraganda(() -> register.startLiquidation(later.getId(), later.getVersion(), null, null)));
        assertEquals("historical.outOfQueue", outOfOrder.getKey());

        HistoricalObject started = as.akimatKaraganda(() -> register.startLiquidation(later.getId(), later.getVersion(), null,
                "Court order to remove the waste this year"));
        assertEquals(HistoricalStatus.LIQUIDATION, started.getStatus());
        assertEquals("Court order to remove the waste this year", started.getOutOfQueueJustification());
        HistoricalObject project = as.akimatKaraganda(() -> register.advanceLiquidation(started.getId(), started.getVersion(), LocalDate.of(2026, 9, 1), null));
        assertEquals(LocalDate.of(2026, 9, 1), project.getProjectApprovedOn());
        BusinessException tooEarly = assertThrows(BusinessException.class,
                () -> as.ministry(() -> register.startMonitoring(project.getId(), project.getVersion(), null)));
        assertEquals("historical.acceptanceActFirst", tooEarly.getKey());
    }

    @Test
    void anAkimatUserCannotSeeOrEditAnotherRegionsObject() throws Exception {
        HistoricalObject karaganda = createComplete();

        assertThrows(AccessDeniedException.class, () -> as.akimatAstana(() -> register.get(karaganda.getId())));
        assertThrows(AccessDeniedException.class, () -> as.akimatAstana(() -> register.update(karaganda.getId(), karaganda.getVersion(),
                HistoricalFixtures.complete(HistoricalFixtures.KARAGANDA_DISTRICT, Fixtures.newBin()))));
        assertThrows(AccessDeniedException.class, () -> as.akimatAstana(() -> register.submit(karaganda.getId(), karaganda.getVersion())));
        assertThrows(AccessDeniedException.class, () -> as.akimatAstana(() -> register.create(
                HistoricalFixtures.complete(HistoricalFixtures.KARAGANDA_DISTRICT, Fixtures.newBin()))), "nor record one there");
        assertTrue(as.akimatAstana(() -> register.list(null, 0, 200)).items().stream().noneMatch(o -> o.getId().equals(karaganda.getId())));
        assertTrue(as.akimatKaraganda(() -> register.list(null, 0, 200)).items().stream().anyMatch(o -> o.getId().equals(karaganda.getId())));
        BusinessException moved = assertThrows(BusinessException.class, () -> as.akimatKaraganda(() -> register.update(karaganda.getId(),
                karaganda.getVersion(), HistoricalFixtures.complete(HistoricalFixtures.ASTANA_DISTRICT, Fixtures.newBin()))));
        assertEquals("historical.otherRegion", moved.getKey(), "an object is not moved into another region");
    }

    @Test
    void documentsAreCheckedByTheirContentAndTheirSize() throws Exception {
        HistoricalObject object = createComplete();
        DocumentInfo png = as.akimatKaraganda(() -> register.addDocument(object.getId(), "photo.pdf", PNG, false));
        assertEquals("image/png", png.contentType(), "the first bytes tell the type, not the name");

        BusinessException text = assertThrows(BusinessException.class,
                () -> as.akimatKaraganda(() -> register.addDocument(object.getId(), "act.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8), true)));
        assertEquals("document.type", text.getKey());
        byte[] large = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
        BusinessException tooLarge = assertThrows(BusinessException.class,
                () -> as.akimatKaraganda(() -> register.addDocument(object.getId(), "big.pdf", large, true)));
        assertEquals("document.tooLarge", tooLarge.getKey());
        assertEquals(1, as.akimatKaraganda(() -> register.documents(object.getId())).size());
    }

    @Test
    void thePublicRegisterShowsOnlyIncludedObjectsAndTheirPublicFields() throws Exception {
        HistoricalObject notYet = as.akimatKaraganda(() -> register.create(HistoricalFixtures.identified(HistoricalFixtures.KARAGANDA_DISTRICT)));
        HistoricalObject waiting = submitted();
        HistoricalObject sent = submitted();
        HistoricalObject included = as.ministry(() -> register.include(sent.getId(), sent.getVersion(), null));
        as.akimatKaraganda(() -> register.addDocument(included.getId(), "survey.pdf", PDF, false));
        as.akimatKaraganda(() -> register.addDocument(included.getId(), "owner-letter.pdf", PDF, true));

        List<PublicObject> list = publicRegister.list();

        List<Long> ids = list.stream().map(PublicObject::id).toList();
        assertTrue(ids.contains(included.getId()));
        assertFalse(ids.contains(notYet.getId()));
        assertFalse(ids.contains(waiting.getId()));
        assertTrue(list.stream().allMatch(o -> o.status().inRegister()), "only objects in the register");
        assertThrows(NotFoundException.class, () -> publicRegister.get(waiting.getId()));

        PublicObject shown = publicRegister.get(included.getId());
        assertEquals(included.getName(), shown.name());
        assertEquals("350000000", shown.regionCode());
        assertEquals(List.of("survey.pdf"), shown.documents().stream().map(PublicObject.PublicDocument::name).toList(),
                "an internal document stays internal");
        List<String> fields = Arrays.stream(PublicObject.class.getRecordComponents()).map(c -> c.getName().toLowerCase()).toList();
        for (String personal : List.of("owner", "contractor", "createdby", "updatedby", "actor", "bin")) {
            assertTrue(fields.stream().noneMatch(f -> f.contains(personal)), personal + " is not public: " + fields);
        }
    }
}
