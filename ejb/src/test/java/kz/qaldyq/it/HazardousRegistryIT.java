package kz.qaldyq.it;

import static kz.qaldyq.it.HazardousFixtures.ENGINE_OIL;
import static kz.qaldyq.it.HazardousFixtures.MERCURY;
import static kz.qaldyq.it.HazardousFixtures.MUNICIPAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.qaldyq.filing.DetailRowInput;
import kz.qaldyq.filing.FilingService;
import kz.qaldyq.filing.Report;
import kz.qaldyq.filing.ReportEvent;
import kz.qaldyq.filing.ReportStatus;
import kz.qaldyq.filing.ReviewService;
import kz.qaldyq.filing.RuleViolationException;
import kz.qaldyq.organisation.Facility;
import kz.qaldyq.organisation.FacilityType;
import kz.qaldyq.platform.AccessDeniedException;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.registry.hazardous.Generator;
import kz.qaldyq.registry.hazardous.GeneratorService;
import kz.qaldyq.registry.hazardous.GeneratorStatus;
import kz.qaldyq.registry.hazardous.InventoryLine;
import kz.qaldyq.registry.hazardous.InventoryService;
import kz.qaldyq.registry.hazardous.Passport;
import kz.qaldyq.registry.hazardous.PassportInput;
import kz.qaldyq.registry.hazardous.PassportService;
import kz.qaldyq.registry.hazardous.Permit;
import kz.qaldyq.registry.hazardous.PermitInput;
import kz.qaldyq.registry.hazardous.PermitService;
import kz.qaldyq.registry.hazardous.RegistryEntry;
import kz.qaldyq.registry.hazardous.RegistryQuery;
import kz.qaldyq.validation.RuleResult;
import kz.qaldyq.validation.Severity;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hazardous-waste registry (DOMAIN §4): each rule of the inventory on a planted fault and on clean data, licence
 * validity at the edges of its dates, passport versions, the ministry's review through the one workflow, the PRTR mark
 * and the registry search, and an enterprise user refused another organisation's entries in the services.
 */
@ExtendWith(ArquillianExtension.class)
class HazardousRegistryIT {

    static final int YEAR = 2025;

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule(HazardousRegistryIT.class, HazardousFixtures.class);
    }

    @Inject
    private Identities as;
    @Inject
    private Fixtures fixtures;
    @Inject
    private HazardousFixtures hazardous;
    @Inject
    private FilingService filing;
    @Inject
    private ReviewService review;
    @Inject
    private GeneratorService generators;
    @Inject
    private PassportService passports;
    @Inject
    private PermitService permits;
    @Inject
    private InventoryService inventories;

    private Facility site;
    private Facility processor;

    @BeforeEach
    void generatorWithAPassportAndALicensedProcessor() throws Exception {
        fixtures.users();
        site = hazardous.registeredGenerator("Gen");
        hazardous.filePassport(site, MERCURY);
        processor = hazardous.receiver("Demercurisation plant", FacilityType.RECYCLING, null);
        hazardous.licenceForYear(processor.getOrganisation(), MERCURY, YEAR, Permit.Operation.RECOVERY, Permit.Operation.DISPOSAL);
    }

    // ---- helpers

    private static Map<String, BigDecimal> balance(String stock, String generated, String received, String transferred,
                                                   String recovered, String disposed, String stockEnd) {
        Map<String, BigDecimal> v = new HashMap<>();
        String[] codes = {"100", "110", "120", "130", "140", "150", "160"};
        String[] values = {stock, generated, received, transferred, recovered, disposed, stockEnd};
        for (int i = 0; i < codes.length; i++) {
            if (values[i] != null) {
                v.put(codes[i], new BigDecimal(values[i]));
            }
        }
        return v;
    }

    private static DetailRowInput transfer(Facility to, String operation, String tonnes) {
        return new DetailRowInput("TRANSFERRED", to.getOrganisation().getBinValue(), to.getId(), to.getName(), operation, new BigDecimal(tonnes));
    }

    private Report inventory(int year, String code, Map<String, BigDecimal> values, List<DetailRowInput> rows) throws Exception {
        Report draft = as.enterprise(() -> inventories.create(site.getId(), year, code));
        return as.enterprise(() -> filing.save(draft.getId(), draft.getLockVersion(), values, rows, Map.of()));
    }

    private List<String> findings(Report report) throws Exception {
        return as.enterprise(() -> filing.validate(report.getId())).stream()
                .map(r -> r.ruleId() + "/" + r.severity() + "/" + r.lineCode()).sorted().toList();
    }

    private Report clean(int year, String code) throws Exception {
        return inventory(year, code, balance("0.5", "2", null, "1.5", null, null, "1"), List.of(transfer(processor, "RECOVERY", "1.5")));
    }

    // ---- the rules, each on clean data and on a planted fault

    @Test
    void cleanInventoryPassesEveryRule() throws Exception {
        assertEquals(List.of(), findings(clean(YEAR, MERCURY)));
    }

    @Test
    void massBalanceWithinOnePercentPassesAboveItWarnsAboveFivePercentFails() throws Exception {
        // in 0.5 + 2 = 2.5; out 1.5 + 1 = 2.5 → clean (above); 2.5 vs 2.46 → 1.6 % → WARNING; 2.5 vs 2.3 → 8 % → ERROR
        Report warning = inventory(YEAR, MERCURY, balance("0.5", "2", null, "1.5", null, null, "0.96"), List.of(transfer(processor, "RECOVERY", "1.5")));
        assertEquals(List.of("H-BALANCE/WARNING/160"), findings(warning));
        Report fixedBalance = as.enterprise(() -> filing.save(warning.getId(), warning.getLockVersion(),
                balance("0.5", "2", null, "1.5", null, null, "0.8"), null, Map.of()));
        assertEquals(List.of("H-BALANCE/ERROR/160"), findings(fixedBalance));
    }

    @Test
    void hazardousCodeWithoutAnActivePassportIsAnErrorANonHazardousCodeNeedsNone() throws Exception {
        hazardous.licenceForYear(processor.getOrganisation(), ENGINE_OIL, YEAR, Permit.Operation.RECOVERY);
        Report oil = clean(YEAR, ENGINE_OIL);
        assertEquals(List.of("H-PASSPORT/ERROR/110"), findings(oil));
        Report municipal = inventory(YEAR, MUNICIPAL, balance("0", "2", null, "2", null, null, "0"), List.of(transfer(processor, "RECOVERY", "2")));
        assertEquals(List.of(), findings(municipal), "no passport, licence or PRTR rule for a non-hazardous code");
        // filing the passport clears the error
        hazardous.filePassport(site, ENGINE_OIL);
        assertEquals(List.of(), findings(oil));
    }

    @Test
    void transferForRecoveryOrDisposalNeedsALicenceForThatCodeAndOperation() throws Exception {
        Facility unlicensed = hazardous.receiver("Unlicensed sorter", FacilityType.SORTING, null);
        Report report = inventory(YEAR, MERCURY, balance("0.5", "2", null, "1.5", null, null, "1"), List.of(transfer(unlicensed, "DISPOSAL", "1.5")));
        assertEquals(List.of("H-LICENCE/ERROR/130"), findings(report));
        RuleResult result = as.enterprise(() -> filing.validate(report.getId())).get(0);
        assertTrue(result.message().en().contains(unlicensed.getName()), result.message().en());
        assertTrue(result.message().en().contains(MERCURY), result.message().en());

        // a licence for another operation does not do
        Facility recoveryOnly = hazardous.receiver("Recovery only", FacilityType.RECYCLING, null);
        hazardous.licenceForYear(recoveryOnly.getOrganisation(), MERCURY, YEAR, Permit.Operation.RECOVERY);
        Report other = as.enterprise(() -> filing.save(report.getId(), report.getLockVersion(), balance("0.5", "2", null, "1.5", null, null, "1"),
                List.of(transfer(recoveryOnly, "DISPOSAL", "1.5")), Map.of()));
        assertEquals(List.of("H-LICENCE/ERROR/130"), findings(other));
        // nor a licence for another code
        Facility otherCode = hazardous.receiver("Oil only", FacilityType.RECYCLING, null);
        hazardous.licenceForYear(otherCode.getOrganisation(), ENGINE_OIL, YEAR, Permit.Operation.DISPOSAL);
        Report third = as.enterprise(() -> filing.save(report.getId(), other.getLockVersion(), balance("0.5", "2", null, "1.5", null, null, "1"),
                List.of(transfer(otherCode, "DISPOSAL", "1.5")), Map.of()));
        assertEquals(List.of("H-LICENCE/ERROR/130"), findings(third));
        // the licensed processor passes; a submission with the unlicensed receiver is refused
        Report licensed = as.enterprise(() -> filing.save(report.getId(), third.getLockVersion(), balance("0.5", "2", null, "1.5", null, null, "1"),
                List.of(transfer(processor, "DISPOSAL", "1.5")), Map.of()));
        assertEquals(List.of(), findings(licensed));
    }

    @Test
    void submissionIsRefusedWhileTheReceiverIsUnlicensed() throws Exception {
        Facility unlicensed = hazardous.receiver("Unlicensed", FacilityType.SORTING, null);
        Report report = inventory(YEAR, MERCURY, balance("0.5", "2", null, "1.5", null, null, "1"), List.of(transfer(unlicensed, "RECOVERY", "1.5")));
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> as.enterprise(() -> filing.submit(report.getId(), report.getLockVersion(), Map.of())));
        assertTrue(refused.ruleIds().contains("H-LICENCE"), refused.ruleIds().toString());
    }

    @Test
    void transferToACollectorOrTransporterNeedsAnActiveNotification() throws Exception {
        Facility collector = hazardous.receiver("Hazardous collector depot", FacilityType.SORTING, null);
        Report report = inventory(YEAR, MERCURY, balance("0.5", "2", null, "1.5", null, null, "1"), List.of(transfer(collector, "COLLECTION", "1.5")));
        assertEquals(List.of("H-NOTIFICATION/ERROR/130"), findings(report));
        // a licence is not a notification
        hazardous.licenceForYear(collector.getOrganisation(), MERCURY, YEAR, Permit.Operation.RECOVERY);
        assertEquals(List.of("H-NOTIFICATION/ERROR/130"), findings(report));
        // a suspended notification does not count, an active one does
        Permit notification = hazardous.permit(collector.getOrganisation(), Permit.Kind.NOTIFICATION,
                java.util.Set.of(Permit.Operation.COLLECTION, Permit.Operation.TRANSPORT), MERCURY, LocalDate.of(YEAR, 3, 1), null);
        assertEquals(List.of(), findings(report));
        as.ministry(() -> permits.update(notification.getId(), notification.getLockVersion(), new PermitInput(Permit.Kind.NOTIFICATION,
                collector.getOrganisation().getBinValue(), notification.getNumber(), notification.getOperations(), notification.getWasteCodes(),
                notification.getValidFrom(), null, Permit.Status.SUSPENDED, null)));
        assertEquals(List.of("H-NOTIFICATION/ERROR/130"), findings(report));
    }

    @Test
    void hazardousWasteGoesOnlyToAClassOneLandfill() throws Exception {
        Facility class2 = hazardous.receiver("Industrial landfill class 2", FacilityType.LANDFILL, 2);
        hazardous.licenceForYear(class2.getOrganisation(), MERCURY, YEAR, Permit.Operation.DISPOSAL);
        Report report = inventory(YEAR, MERCURY, balance("0.5", "2", null, "1.5", null, null, "1"), List.of(transfer(class2, "DISPOSAL", "1.5")));
        assertEquals(List.of("H-LANDFILL/ERROR/130"), findings(report));

        Facility class1 = hazardous.receiver("Hazardous waste landfill", FacilityType.LANDFILL, 1);
        hazardous.licenceForYear(class1.getOrganisation(), MERCURY, YEAR, Permit.Operation.DISPOSAL);
        Report fixed = as.enterprise(() -> filing.save(report.getId(), report.getLockVersion(), balance("0.5", "2", null, "1.5", null, null, "1"),
                List.of(transfer(class1, "DISPOSAL", "1.5")), Map.of()));
        assertEquals(List.of(), findings(fixed));
    }

    @Test
    void transfersAboveTwoTonnesAYearMarkTheGeneratorForThePrtr() throws Exception {
        Report first = clean(YEAR, MERCURY);
        assertEquals(List.of(), findings(first), "1.5 t is below the threshold");
        // a second hazardous code brings the year's transfers to 3 t
        hazardous.filePassport(site, ENGINE_OIL);
        hazardous.licenceForYear(processor.getOrganisation(), ENGINE_OIL, YEAR, Permit.Operation.RECOVERY);
        Report second = clean(YEAR, ENGINE_OIL);
        assertEquals(List.of("H-PRTR/INFO/130"), findings(second));

        // the mark is shown on the registry entry once the inventories are submitted (INFO does not block)
        as.enterprise(() -> filing.submit(first.getId(), first.getLockVersion(), Map.of()));
        as.enterprise(() -> filing.submit(second.getId(), second.getLockVersion(), Map.of()));
        long organisationId = site.getOrganisation().getId();
        assertEquals(List.of(YEAR), as.ministry(() -> generators.prtrYears(organisationId)));
        List<RegistryEntry> marked = as.ministry(() -> generators.search(new RegistryQuery(null, null, null,
                site.getOrganisation().getBinValue(), null, true), 0, 20)).items();
        assertEquals(1, marked.size());
        assertTrue(marked.get(0).isPrtr());
    }

    @Test
    void licenceCountsWhenItsValidityMeetsTheReportingYearEndsIncluded() throws Exception {
        Facility receiver = hazardous.receiver("Edge plant", FacilityType.RECYCLING, null);
        Report report = inventory(YEAR, MERCURY, balance("0.5", "2", null, "1.5", null, null, "1"), List.of(transfer(receiver, "RECOVERY", "1.5")));
        java.util.Set<Permit.Operation> recovery = java.util.Set.of(Permit.Operation.RECOVERY);

        Permit expired = hazardous.permit(receiver.getOrganisation(), Permit.Kind.LICENCE, recovery, MERCURY,
                LocalDate.of(YEAR - 3, 1, 1), LocalDate.of(YEAR - 1, 12, 31));
        assertEquals(List.of("H-LICENCE/ERROR/130"), findings(report), "ended on 31 December of the year before");
        extend(expired, LocalDate.of(YEAR - 3, 1, 1), LocalDate.of(YEAR, 1, 1));
        assertEquals(List.of(), findings(report), "valid on 1 January of the reporting year");

        Permit later = as.ministry(() -> permits.get(expired.getId()));
        extend(later, LocalDate.of(YEAR + 1, 1, 1), null);
        assertEquals(List.of("H-LICENCE/ERROR/130"), findings(report), "starts on 1 January of the next year");
        extend(as.ministry(() -> permits.get(expired.getId())), LocalDate.of(YEAR, 12, 31), null);
        assertEquals(List.of(), findings(report), "starts on 31 December of the reporting year");

        BusinessException backwards = assertThrows(BusinessException.class,
                () -> extend(as.ministry(() -> permits.get(expired.getId())), LocalDate.of(YEAR, 12, 31), LocalDate.of(YEAR, 1, 1)));
        assertEquals("hazardous.permit.validToBeforeFrom", backwards.getKey());
    }

    private void extend(Permit permit, LocalDate from, LocalDate to) throws Exception {
        as.ministry(() -> permits.update(permit.getId(), permit.getLockVersion(), new PermitInput(permit.getKind(),
                permit.getHolder().getBinValue(), permit.getNumber(), permit.getOperations(), permit.getWasteCodes(), from, to,
                Permit.Status.ACTIVE, null)));
    }

    @Test
    void priorYearChecksApplyPerWasteCode() throws Exception {
        Report last = inventory(YEAR - 1, MERCURY, balance("0", "2", null, "1.5", "0.5", null, "0"), List.of(transfer(processor, "RECOVERY", "1.5")));
        Report submitted = as.enterprise(() -> filing.submit(last.getId(), last.getLockVersion(), Map.of()));
        as.ministry(() -> review.approve(last.getId(), submitted.getLockVersion(), null));

        // mercury: generated 2 → 2.8 t (+40 %), recovered on site 0.5 → nothing
        Report now = inventory(YEAR, MERCURY, balance("0", "2.8", null, "1.5", null, null, "1.3"), List.of(transfer(processor, "RECOVERY", "1.5")));
        List<String> found = findings(now);
        assertTrue(found.contains("H-CHANGE-25/WARNING/110"), found.toString());
        assertTrue(found.contains("H-GONE/WARNING/140"), found.toString());
        // another code of the same facility has no prior year of its own: no prior-year finding
        Report municipal = inventory(YEAR, MUNICIPAL, balance("0", "50", null, "0", null, null, "50"), List.of());
        assertEquals(List.of(), findings(municipal));
        // kilograms typed instead of tonnes
        Report kilos = as.enterprise(() -> filing.save(now.getId(), now.getLockVersion(), balance("0", "2000", null, "1.5", "0.5", null, "1998"),
                List.of(transfer(processor, "RECOVERY", "1.5")), Map.of()));
        assertTrue(findings(kilos).contains("H-MAGNITUDE/WARNING/110"), findings(kilos).toString());
    }

    @Test
    void startFromLastYearCopiesCodesAndCounterpartiesWithoutQuantities() throws Exception {
        Report last = inventory(YEAR - 1, MERCURY, balance("0", "2", null, "1.5", null, null, "0.5"), List.of(transfer(processor, "RECOVERY", "1.5")));
        List<Report> started = as.enterprise(() -> inventories.startFromLastYear(site.getId(), YEAR));
        assertEquals(1, started.size());
        Report draft = started.get(0);
        assertEquals(MERCURY, draft.getWasteCode());
        assertTrue(draft.getValues().isEmpty());
        assertEquals(1, draft.getDetailRows().size());
        assertEquals(processor.getId(), draft.getDetailRows().get(0).getFacilityId());
        assertEquals("RECOVERY", draft.getDetailRows().get(0).getCategory());
        assertEquals(null, draft.getDetailRows().get(0).getTonnes());
        assertEquals(last.getWasteCode(), draft.getWasteCode());
    }

    // ---- the one review workflow, by the ministry

    @Test
    void theMinistryReviewsTheInventoryWithTheFormsWorkflowAndTheAkimatCannot() throws Exception {
        Report report = clean(YEAR, MERCURY);
        Report submitted = as.enterprise(() -> filing.submit(report.getId(), report.getLockVersion(), Map.of()));
        assertEquals(ReportStatus.SUBMITTED, submitted.getStatus());
        assertThrows(AccessDeniedException.class, () -> as.akimatAstana(() -> review.open(report.getId())));
        Report opened = as.ministry(() -> review.open(report.getId()));
        Report returned = as.ministry(() -> review.returnForCorrection(report.getId(), opened.getLockVersion(), "Attach the lab protocol", Map.of()));
        assertEquals(ReportStatus.RETURNED, returned.getStatus());
        Report again = as.enterprise(() -> filing.submit(report.getId(), returned.getLockVersion(), Map.of()));
        Report approved = as.ministry(() -> review.approve(report.getId(), again.getLockVersion(), null));
        assertEquals(ReportStatus.APPROVED, approved.getStatus());
        List<ReportEvent.Action> actions = as.enterprise(() -> filing.history(report.getId())).stream().map(ReportEvent::getAction).toList();
        assertTrue(actions.containsAll(List.of(ReportEvent.Action.CREATED, ReportEvent.Action.SUBMITTED, ReportEvent.Action.OPENED,
                ReportEvent.Action.RETURNED, ReportEvent.Action.APPROVED)), actions.toString());

        // the approved line is what indicators 1 and 3 read
        List<InventoryLine> lines = as.ministry(() -> inventories.approvedLines(YEAR, HazardousFixtures.PAVLODAR)).stream()
                .filter(l -> l.reportId() == report.getId()).toList();
        assertEquals(1, lines.size());
        assertEquals(0, new BigDecimal("2").compareTo(lines.get(0).generated()));
        assertEquals(0, new BigDecimal("0.5").compareTo(lines.get(0).notRecovered()), "2 generated − 1.5 transferred for recovery");
        assertTrue(as.ministry(() -> inventories.registeredFacilities(HazardousFixtures.PAVLODAR)) >= 1);

        // while a correction is in progress, the approved version still counts; never both
        Report correction = as.enterprise(() -> filing.correct(report.getId()));
        List<Long> counted = as.ministry(() -> inventories.approvedLines(YEAR, HazardousFixtures.PAVLODAR)).stream()
                .filter(l -> l.facilityId() == site.getId()).map(InventoryLine::reportId).toList();
        assertEquals(List.of(report.getId()), counted);
        assertEquals(1, correction.getCorrectionNo());
    }

    // ---- registration and passports

    @Test
    void theMinistryReturnsARegistrationWithACommentAndRegistersItWhenResubmitted() throws Exception {
        var organisation = fixtures.organisation("Returned gen " + java.util.UUID.randomUUID(), HazardousFixtures.PAVLODAR);
        fixtures.link(Identities.ENTERPRISE, organisation);
        Facility plant = as.enterprise(() -> generators.addFacility(organisation.getId(), new kz.qaldyq.organisation.FacilityInput("Plant",
                null, HazardousFixtures.PAVLODAR, new BigDecimal("52.1"), new BigDecimal("77.0"), null, null, "II")));
        Generator draft = as.enterprise(() -> generators.saveRegistration(organisation.getId(), List.of(plant.getId()), null));
        Generator submitted = as.enterprise(() -> generators.submit(draft.getId(), draft.getLockVersion()));
        assertThrows(BusinessException.class, () -> as.ministry(() -> generators.returnRegistration(submitted.getId(), submitted.getLockVersion(), " ")));
        Generator returned = as.ministry(() -> generators.returnRegistration(submitted.getId(), submitted.getLockVersion(), "Category of the plant?"));
        assertEquals(GeneratorStatus.RETURNED, returned.getStatus());
        Generator again = as.enterprise(() -> generators.submit(returned.getId(), returned.getLockVersion()));
        Generator registered = as.ministry(() -> generators.register(again.getId(), again.getLockVersion(), "ok"));
        assertEquals(GeneratorStatus.REGISTERED, registered.getStatus());
        assertTrue(registered.getRegistryNo().startsWith("HWG-"));
        assertEquals(5, as.ministry(() -> generators.history(registered.getId())).size());
    }

    @Test
    void aRevisionIsANewVersionAndTheOldOneIsKept() throws Exception {
        Passport first = as.enterprise(() -> passports.ofFacility(site.getId())).get(0);
        assertEquals(1, first.getVersionNo());
        assertFalse(first.isLate());
        PassportInput changed = HazardousFixtures.passport(site.getId(), MERCURY, first.getFirstGenerated());
        assertThrows(BusinessException.class, () -> as.enterprise(() -> passports.revise(first.getId(), changed, " ")));
        Passport second = as.enterprise(() -> passports.revise(first.getId(), changed, "New laboratory protocol"));
        assertEquals(2, second.getVersionNo());
        assertTrue(second.isCurrentVersion());
        List<Passport> versions = as.enterprise(() -> passports.versions(second.getId()));
        assertEquals(List.of(2, 1), versions.stream().map(Passport::getVersionNo).toList());
        assertFalse(versions.get(1).isCurrentVersion());
        assertEquals("New laboratory protocol", versions.get(0).getRevisionReason());
        // the old version cannot be revised again, and a second passport for the same waste is refused
        assertThrows(BusinessException.class, () -> as.enterprise(() -> passports.revise(first.getId(), changed, "again")));
        BusinessException twice = assertThrows(BusinessException.class,
                () -> as.enterprise(() -> passports.file(HazardousFixtures.passport(site.getId(), MERCURY, LocalDate.now()))));
        assertEquals("hazardous.passport.exists", twice.getKey());
        // the inventory's passport rule still sees an active passport
        assertEquals(List.of(), findings(clean(YEAR, MERCURY)));
    }

    @Test
    void aPassportFiledMoreThanThreeMonthsAfterFirstGenerationIsLateAndCompositionCannotExceedAHundredPercent() throws Exception {
        Passport late = as.enterprise(() -> passports.file(HazardousFixtures.passport(site.getId(), ENGINE_OIL,
                LocalDate.now(java.time.ZoneId.of("Asia/Almaty")).minusMonths(3).minusDays(2))));
        assertTrue(late.isLate());
        PassportInput tooMuch = new PassportInput(site.getId(), "16 06 01", "Lead batteries", PassportInput.OriginKind.SPENT_PRODUCT,
                "Vehicle fleet", "Starter batteries", List.of("HP8"), List.of(new PassportInput.Component("Lead", new BigDecimal("65")),
                new PassportInput.Component("Sulphuric acid", new BigDecimal("40"))), null, null, null, null, null, null, null, null,
                LocalDate.now().minusDays(3));
        BusinessException refused = assertThrows(BusinessException.class, () -> as.enterprise(() -> passports.file(tooMuch)));
        assertEquals("hazardous.passport.compositionAbove100", refused.getKey());
        BusinessException notHazardous = assertThrows(BusinessException.class,
                () -> as.enterprise(() -> passports.file(HazardousFixtures.passport(site.getId(), MUNICIPAL, LocalDate.now()))));
        assertEquals("hazardous.passport.notHazardous", notHazardous.getKey());
    }

    // ---- data scope, in the services

    @Test
    void anotherEnterpriseCannotTouchThisGeneratorsEntries() throws Exception {
        Report report = clean(YEAR, MERCURY);
        Passport passport = as.enterprise(() -> passports.ofFacility(site.getId())).get(0);
        Generator generator = as.enterprise(() -> generators.mine()).stream()
                .filter(g -> g.getOrganisation().getId().equals(site.getOrganisation().getId())).findFirst().orElseThrow();
        long organisationId = site.getOrganisation().getId();

        List<Class<? extends Exception>> refusals = new ArrayList<>();
        List<java.util.concurrent.Callable<?>> attempts = List.of(
                () -> generators.get(generator.getId()),
                () -> generators.saveRegistration(organisationId, List.of(site.getId()), null),
                () -> generators.submit(generator.getId(), generator.getLockVersion()),
                () -> generators.addFacility(organisationId, new kz.qaldyq.organisation.FacilityInput("Mine", null, HazardousFixtures.PAVLODAR,
                        null, null, null, null, "I")),
                () -> passports.get(passport.getId()),
                () -> passports.versions(passport.getId()),
                () -> passports.file(HazardousFixtures.passport(site.getId(), ENGINE_OIL, LocalDate.now())),
                () -> passports.revise(passport.getId(), HazardousFixtures.passport(site.getId(), MERCURY, LocalDate.now()), "mine now"),
                () -> inventories.create(site.getId(), YEAR, ENGINE_OIL),
                () -> inventories.ofFacility(site.getId(), YEAR),
                () -> inventories.startFromLastYear(site.getId(), YEAR + 1),
                () -> filing.get(report.getId()),
                () -> filing.save(report.getId(), report.getLockVersion(), Map.of(), List.of(), Map.of()),
                () -> filing.submit(report.getId(), report.getLockVersion(), Map.of()));
        for (var attempt : attempts) {
            Exception e = assertThrows(Exception.class, () -> as.otherEnterprise(attempt::call));
            refusals.add(e.getClass());
        }
        assertTrue(refusals.stream().allMatch(AccessDeniedException.class::equals), refusals.toString());
        assertEquals(0, as.otherEnterprise(() -> generators.search(RegistryQuery.all(), 0, 50)).items().stream()
                .filter(e -> e.organisationId() == organisationId).count(), "the other enterprise's search does not list it");
        assertEquals(1, as.enterprise(() -> generators.search(RegistryQuery.all(), 0, 500)).items().stream()
                .filter(e -> e.organisationId() == organisationId).count(), "its own search does");
        // and permits are kept by the ministry and the administrator only
        assertThrows(Exception.class, () -> as.enterprise(() -> permits.create(new PermitInput(Permit.Kind.LICENCE,
                site.getOrganisation().getBinValue(), "SELF-1", java.util.Set.of(Permit.Operation.DISPOSAL), java.util.Set.of(MERCURY),
                LocalDate.of(YEAR, 1, 1), null, Permit.Status.ACTIVE, null))));
    }

    @Test
    void theRegistryIsSearchedByRegionCodePropertyAndOrganisation() throws Exception {
        String bin = site.getOrganisation().getBinValue();
        assertEquals(1, search(new RegistryQuery(HazardousFixtures.PAVLODAR, MERCURY, "HP14", bin, GeneratorStatus.REGISTERED, null)).size());
        assertEquals(0, search(new RegistryQuery(Fixtures.ASTANA, null, null, bin, null, null)).size(), "another region");
        assertEquals(0, search(new RegistryQuery(null, ENGINE_OIL, null, bin, null, null)).size(), "no such passport");
        assertEquals(0, search(new RegistryQuery(null, null, "HP1", bin, null, null)).size(), "no such property");
        assertEquals(1, search(new RegistryQuery(null, "060404", null, bin, null, false)).size(), "code typed without spaces; no PRTR mark");
        RegistryEntry entry = search(new RegistryQuery(null, null, null, bin, null, null)).get(0);
        assertEquals(List.of(MERCURY), entry.passportCodes());
        assertEquals(1, entry.facilities());
        var page = as.ministry(() -> generators.search(RegistryQuery.all(), 0, 1));
        assertEquals(1, page.items().size());
        assertTrue(page.total() >= 1);
    }

    private List<RegistryEntry> search(RegistryQuery query) throws Exception {
        return as.ministry(() -> generators.search(query, 0, 50)).items();
    }

    @Test
    void everyFindingHasItsSeverity() throws Exception {
        Report report = inventory(YEAR, MERCURY, balance("0.5", "2", null, "1.5", null, null, "0.96"), List.of(transfer(processor, "RECOVERY", "1.5")));
        List<RuleResult> results = as.enterprise(() -> filing.validate(report.getId()));
        assertEquals(Severity.WARNING, results.get(0).severity());
    }
}
