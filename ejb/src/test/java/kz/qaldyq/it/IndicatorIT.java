package kz.qaldyq.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.qaldyq.filing.DetailRowInput;
import kz.qaldyq.filing.FilingService;
import kz.qaldyq.filing.NewReport;
import kz.qaldyq.filing.Report;
import kz.qaldyq.filing.ReviewService;
import kz.qaldyq.indicator.Baseline;
import kz.qaldyq.indicator.BaselineState;
import kz.qaldyq.indicator.Dashboard;
import kz.qaldyq.indicator.IndicatorCard;
import kz.qaldyq.indicator.IndicatorDataService;
import kz.qaldyq.indicator.IndicatorService;
import kz.qaldyq.indicator.IndicatorStatus;
import kz.qaldyq.indicator.IndicatorValue;
import kz.qaldyq.indicator.Top50Company;
import kz.qaldyq.organisation.Activity;
import kz.qaldyq.organisation.Facility;
import kz.qaldyq.organisation.FacilityInput;
import kz.qaldyq.organisation.FacilityType;
import kz.qaldyq.organisation.Organisation;
import kz.qaldyq.organisation.OrganisationService;
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
 * The indicators over a small dataset of Kyzylorda region, which no other test files in, with every expected value
 * worked out by hand in the comments. Indicator 2 reads line 201 of approved waste-1 reports (version 1) or line 620
 * of approved waste-2 reports of class-3 landfills (version 2), as a reduction against 2025.
 */
@ExtendWith(ArquillianExtension.class)
class IndicatorIT {

    private static final String KYZYLORDA = Fixtures.KYZYLORDA;
    private static final String ZHAMBYL = "310000000";
    private static final String ZHETISU = "330000000";
    /** Set once per run: the 2025 and 2026 reports of the region, shared by the tests of indicator 2. */
    private static Seed seed;

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule(IndicatorIT.class, HazardousFixtures.class);
    }

    @Inject
    private Identities as;
    @Inject
    private Fixtures fixtures;
    @Inject
    private FilingService filing;
    @Inject
    private ReviewService review;
    @Inject
    private OrganisationService organisations;
    @Inject
    private IndicatorService indicators;
    @Inject
    private IndicatorDataService data;
    @Inject
    private HazardousFixtures hazardous;
    @Inject
    private kz.qaldyq.registry.hazardous.GeneratorService generators;
    @Inject
    private kz.qaldyq.registry.hazardous.InventoryService inventories;

    private record Seed(Report a2025, Organisation a, Facility landfill) {
    }

    @BeforeEach
    void dataset() throws Exception {
        fixtures.users();
        if (seed != null) {
            return;
        }
        Organisation a = collector("Collector A");
        Organisation b = collector("Collector B");
        Organisation c = collector("Collector C");
        Organisation operator = fixtures.organisation("Kyzylorda landfill " + UUID.randomUUID(), KYZYLORDA, Activity.FACILITY_OPERATOR);
        fixtures.link(Identities.ENTERPRISE, operator);
        Facility landfill = as.admin(() -> organisations.addFacility(operator.getId(), new FacilityInput("Kyzylorda MSW landfill",
                FacilityType.LANDFILL, KYZYLORDA, null, null, 3, new BigDecimal("900000"), "I")));
        // 2025: A 1,000 t and B 600 t to landfills → base 1,600 t; the landfill buried 2,000 t
        Report a2025 = approve(waste1(a, 2025, "1000", landfill));
        approve(waste1(b, 2025, "600", landfill));
        approve(waste2(operator, landfill, 2025, "2000", a));
        // 2026: A 900 t and B 572 t → 1,472 t; C's 5,000 t is submitted but not approved and must not count
        approve(waste1(a, 2026, "900", landfill));
        approve(waste1(b, 2026, "572", landfill));
        waste1(c, 2026, "5000", landfill);
        approve(waste2(operator, landfill, 2026, "1900", a));
        seed = new Seed(a2025, a, landfill);
    }

    @Test
    void reductionAgainstTheBaselineCountsApprovedReportsOnlyAndTheFrozenBaselineIgnoresALaterCorrection() throws Exception {
        // (1,600 − 1,472) ÷ 1,600 = 8.0 %; the 2026 target is 2 % → on track
        IndicatorValue v = region(2, 2026, 1);
        assertEquals(new BigDecimal("8.0"), v.value());
        assertEquals(2, v.sources(), "two approved reports; the submitted one is left out");
        assertEquals(IndicatorStatus.ON_TRACK, v.status());
        assertEquals(new BigDecimal("2.00"), v.target());

        // the akimat of the region sees the same figure on its dashboard, with the formula version
        Dashboard own = as.akimatKyzylorda(() -> indicators.dashboard(2026, KYZYLORDA, Map.of()));
        IndicatorCard card = card(own, 2);
        assertEquals(new BigDecimal("8.0"), card.current().value());
        assertEquals("v" + card.indicator().getOfficialFormula(), card.formula().label());
        assertEquals(new BigDecimal("0.0"), card.series().get(0).value(), "2025 against itself");

        Instant before = Instant.now();
        Baseline frozen = as.ministry(() -> indicators.freezeBaseline(2, 1, "Baseline for the 2026 report"));
        assertEquals(Identities.MINISTRY, frozen.getFrozenBy());
        assertTrue(Duration.between(before, frozen.getFrozenAt()).abs().getSeconds() < 60);
        assertEquals(0, new BigDecimal("1600").compareTo(frozen.valueOf(KYZYLORDA).orElseThrow().getValue()));
        BusinessException again = assertThrows(BusinessException.class, () -> as.ministry(() -> indicators.freezeBaseline(2, 1, null)));
        assertEquals("indicator.baseline.alreadyFrozen", again.getKey());

        // A corrects its 2025 report: while the correction is a draft, the approved 1,000 t still count
        Report correction = as.enterprise(() -> filing.correct(seed.a2025().getId()));
        assertEquals(0, new BigDecimal("1600").compareTo(baselineOf(card(as.akimatKyzylorda(() -> indicators.dashboard(2026, KYZYLORDA, Map.of())), 2)).liveValue()));
        Map<String, BigDecimal> values = waste1Values("1100");
        Report saved = as.enterprise(() -> filing.save(correction.getId(), correction.getLockVersion(), values,
                List.of(delivery(seed.landfill(), "1100")), Map.of()));
        approve(submit(saved));

        // now 2025 reads 1,700 t, but the frozen 1,600 t still count: (1,600 − 1,472) ÷ 1,600 = 8.0 %, and the move shows
        BaselineState state = baselineOf(card(as.akimatKyzylorda(() -> indicators.dashboard(2026, KYZYLORDA, Map.of())), 2));
        assertTrue(state.frozen());
        assertTrue(state.moved(), "the 2025 data moved after the freeze");
        assertEquals(0, new BigDecimal("1600").compareTo(state.frozenValue()));
        assertEquals(0, new BigDecimal("1700").compareTo(state.liveValue()));
        assertEquals(new BigDecimal("8.0"), region(2, 2026, 1).value());
    }

    @Test
    void theFormulaVersionChangesTheValueAndItsLabel() throws Exception {
        // version 2: line 620 of the class-3 landfill, (2,000 − 1,900) ÷ 2,000 = 5.0 %
        assertEquals(new BigDecimal("5.0"), region(2, 2026, 2).value());
        Dashboard v2 = as.akimatKyzylorda(() -> indicators.dashboard(2026, KYZYLORDA, Map.of(2, 2)));
        assertEquals("v2", card(v2, 2).formula().label());
        assertEquals(new BigDecimal("5.0"), card(v2, 2).current().value());
        assertFalse(card(v2, 2).isOfficialFormula());

        // the ministry makes version 2 official (with a reason): every viewer's default follows
        int lock = as.ministry(() -> indicators.indicator(2)).getLockVersion();
        BusinessException noReason = assertThrows(BusinessException.class, () -> as.ministry(() -> indicators.makeOfficial(2, 2, lock, "")));
        assertEquals("indicator.formula.reasonRequired", noReason.getKey());
        as.ministry(() -> indicators.makeOfficial(2, 2, lock, "Landfill receipts are the audited source"));
        try {
            IndicatorCard official = card(as.akimatKyzylorda(() -> indicators.dashboard(2026, KYZYLORDA, Map.of())), 2);
            assertEquals("v2", official.formula().label());
            assertEquals(new BigDecimal("5.0"), official.current().value());
            assertEquals(Identities.MINISTRY, official.indicator().getFormulaChangedBy());
            assertThrows(ConcurrentChangeException.class, () -> as.ministry(() -> indicators.makeOfficial(2, 1, lock, "A stale page's choice")));
        } finally {
            int now = as.ministry(() -> indicators.indicator(2)).getLockVersion();
            as.ministry(() -> indicators.makeOfficial(2, 1, now, "Back to waste-1 for the other tests"));
        }
        assertEquals("v1", card(as.akimatKyzylorda(() -> indicators.dashboard(2026, KYZYLORDA, Map.of())), 2).formula().label());
    }

    @Test
    void learnersAreEnteredByTheMinistryWithTheirSourceAndSummedNationally() throws Exception {
        // 2028: Kyzylorda 300 of 1,000 = 30.0 % (target 35 → behind); Zhambyl 500 of 1,000 = 50.0 % (on track);
        // the country: 800 of 2,000 = 40.0 %
        as.ministry(() -> data.enter(2028, KYZYLORDA, new BigDecimal("300"), new BigDecimal("1000"), "Letter 12-3/456 of the education department", null));
        as.ministry(() -> data.enter(2028, ZHAMBYL, new BigDecimal("500"), new BigDecimal("1000"), "Letter 7-1/89", null));
        assertEquals(new BigDecimal("30.0"), region(4, 2028, 1).value());
        assertEquals(IndicatorStatus.BEHIND, region(4, 2028, 1).status());
        IndicatorValue national = card(as.ministry(() -> indicators.dashboard(2028, null, Map.of())), 4).current();
        assertEquals(new BigDecimal("40.0"), national.value());
        assertEquals(IndicatorStatus.ON_TRACK, national.status());

        // more involved than learners, no source, and a stale edit are refused, and nothing changes
        BusinessException above = assertThrows(BusinessException.class, () -> as.ministry(() ->
                data.enter(2028, ZHETISU, new BigDecimal("20"), new BigDecimal("10"), "Letter", null)));
        assertEquals("indicator.entry.numeratorAboveDenominator", above.getKey());
        BusinessException noSource = assertThrows(BusinessException.class, () -> as.ministry(() ->
                data.enter(2028, ZHETISU, new BigDecimal("2"), new BigDecimal("10"), " ", null)));
        assertEquals("indicator.entry.sourceRequired", noSource.getKey());
        assertThrows(ConcurrentChangeException.class, () -> as.ministry(() ->
                data.enter(2028, KYZYLORDA, new BigDecimal("310"), new BigDecimal("1000"), "Letter", null)));
        assertEquals(new BigDecimal("30.0"), region(4, 2028, 1).value());
        assertFalse(as.ministry(() -> data.entries(2028)).stream().anyMatch(e -> e.getRegionCode().equals(ZHETISU)));

        // an akimat reads its own region's entry but cannot enter one
        assertEquals(List.of(KYZYLORDA), as.akimatKyzylorda(() -> data.entries(2028)).stream().map(e -> e.getRegionCode()).toList());
        assertThrows(EJBAccessException.class, () -> as.akimatKyzylorda(() ->
                data.enter(2028, KYZYLORDA, new BigDecimal("1"), new BigDecimal("2"), "Letter", 0)));
    }

    @Test
    void theTop50ListChangesOnlyWithAReasonAndTheShareCountsReportsWithWasteIndicators() throws Exception {
        // make room for two companies of Zhetisu (the demo list is full with fifty), each change with its reason
        List<Top50Company> listed = as.ministry(() -> data.top50());
        BusinessException noReason = assertThrows(BusinessException.class, () -> as.ministry(() -> {
            data.removeCompany(listed.get(listed.size() - 1).getId(), listed.get(listed.size() - 1).getLockVersion(), "");
            return null;
        }));
        assertEquals("indicator.top50.reasonRequired", noReason.getKey());
        for (int i = listed.size() - 1; i >= 48; i--) {
            Top50Company c = listed.get(i);
            as.ministry(() -> {
                data.removeCompany(c.getId(), c.getLockVersion(), "Liquidated in 2024: not a category I object on 1 January 2025");
                return null;
            });
        }
        Set<Integer> taken = as.ministry(() -> data.top50()).stream().map(Top50Company::getRank).collect(Collectors.toSet());
        int[] free = java.util.stream.IntStream.rangeClosed(1, 50).filter(r -> !taken.contains(r)).limit(2).toArray();
        Top50Company yes = as.ministry(() -> data.addCompany(free[0], Fixtures.newBin(), "Zhetisu Cement", ZHETISU, "Omitted from the list by mistake"));
        Top50Company partly = as.ministry(() -> data.addCompany(free[1], Fixtures.newBin(), "Zhetisu Mining", ZHETISU, "Omitted from the list by mistake"));

        // 2029 in Zhetisu: one report with waste indicators (GRI), one published without them → 1 of 2 = 50.0 % (target 80)
        BusinessException noUrl = assertThrows(BusinessException.class, () -> as.ministry(() ->
                data.recordSustainability(yes.getId(), 2029, true, true, Set.of("GRI"), null, null)));
        assertEquals("indicator.sustainability.urlRequired", noUrl.getKey());
        as.ministry(() -> data.recordSustainability(yes.getId(), 2029, true, true, Set.of("GRI", "TCFD"), "https://zhetisu-cement.kz/esg-2029.pdf", null));
        as.ministry(() -> data.recordSustainability(partly.getId(), 2029, true, false, Set.of("SASB"), "https://zhetisu-mining.kz/report.pdf", null));
        IndicatorValue v = region(5, 2029, 1);
        assertEquals(new BigDecimal("50.0"), v.value());
        assertEquals(IndicatorStatus.BEHIND, v.status());
        assertEquals(2, v.sources());
    }

    @Test
    void anAkimatSeesOnlyItsOwnRegion() throws Exception {
        AccessDeniedException national = assertThrows(AccessDeniedException.class, () -> as.akimatAstana(() -> indicators.dashboard(2026, null, Map.of())));
        assertEquals("scope.region", national.getKey());
        assertThrows(AccessDeniedException.class, () -> as.akimatAstana(() -> indicators.dashboard(2026, KYZYLORDA, Map.of())));
        assertThrows(AccessDeniedException.class, () -> as.akimatAstana(() -> indicators.sources(2, 2026, KYZYLORDA, null, 0, 20)));
        List<IndicatorValue> regions = as.akimatAstana(() -> indicators.regions(2, 2026, null));
        assertEquals(List.of(Fixtures.ASTANA), regions.stream().map(IndicatorValue::regionCode).toList());
        assertEquals(20, as.ministry(() -> indicators.regions(2, 2026, null)).size());
        assertThrows(EJBAccessException.class, () -> as.enterprise(() -> indicators.dashboard(2026, KYZYLORDA, Map.of())));
    }

    @Test
    void theDrillDownListsTheApprovedReportsBehindAValue() throws Exception {
        var page = as.akimatKyzylorda(() -> indicators.sources(2, 2026, KYZYLORDA, 1, 0, 20));
        assertEquals(2, page.total());
        assertEquals(0, new BigDecimal("900").compareTo(page.items().get(0).value()), "largest first");
        assertEquals(seed.a().getBinValue(), page.items().get(0).bin());
    }

    @Test
    void inventoryCoverageAndIndustrialWasteNotBroughtIntoUseComeFromApprovedInventories() throws Exception {
        // a generator of Kyzylorda with two sites; only site 1 files approved inventories, site 2's is only submitted
        Organisation organisation = fixtures.organisation("Kyzylorda chemicals " + UUID.randomUUID(), KYZYLORDA, Activity.HAZARDOUS_GENERATOR);
        fixtures.link(Identities.ENTERPRISE, organisation);
        Facility site1 = as.enterprise(() -> generators.addFacility(organisation.getId(), new FacilityInput("Site 1",
                FacilityType.PRODUCTION_SITE, KYZYLORDA, new BigDecimal("44.8"), new BigDecimal("65.5"), null, null, "I")));
        Facility site2 = as.enterprise(() -> generators.addFacility(organisation.getId(), new FacilityInput("Site 2",
                FacilityType.PRODUCTION_SITE, KYZYLORDA, new BigDecimal("44.9"), new BigDecimal("65.6"), null, null, "II")));
        var generator = as.enterprise(() -> generators.saveRegistration(organisation.getId(), List.of(site1.getId(), site2.getId()), "+7 7242 000000"));
        var submitted = as.enterprise(() -> generators.submit(generator.getId(), generator.getLockVersion()));
        as.ministry(() -> generators.register(submitted.getId(), submitted.getLockVersion(), null));
        hazardous.filePassport(site1, HazardousFixtures.MERCURY);
        hazardous.filePassport(site2, HazardousFixtures.MERCURY);
        Facility processor = hazardous.receiver("Demercurisation plant", FacilityType.RECYCLING, null);
        hazardous.licenceForYear(processor.getOrganisation(), HazardousFixtures.MERCURY, 2025, kz.qaldyq.registry.hazardous.Permit.Operation.RECOVERY);

        // 2025: generated 100, recovered on site 20, transferred 30 for recovery → not brought into use 80 (v1), 50 (v2)
        approveInventory(inventory(site1, 2025, "0", "100", "30", "20", "50", processor));
        // 2026: generated 90, recovered 24, transferred 35 → 66 (v1), 31 (v2); site 2 files but is not approved
        approveInventory(inventory(site1, 2026, "50", "90", "35", "24", "81", processor));
        inventory(site2, 2026, "0", "10", "0", "0", "10", null);

        // indicator 1: one of the two registered sites covered → 50.0 % (2026 target 0 → on track); 2027: 0.0 % of 50 → behind
        IndicatorValue coverage = region(1, 2026, 1);
        assertEquals(new BigDecimal("50.0"), coverage.value());
        assertEquals(IndicatorStatus.ON_TRACK, coverage.status());
        assertEquals(new BigDecimal("0.0"), region(1, 2027, 1).value());
        assertEquals(IndicatorStatus.BEHIND, region(1, 2027, 1).status());

        // indicator 3 against the (not yet frozen) 2025 value: v1 (80 − 66) ÷ 80 = 17.5 %; v2 (50 − 31) ÷ 50 = 38.0 %
        assertEquals(new BigDecimal("17.5"), region(3, 2026, 1).value());
        assertEquals(new BigDecimal("38.0"), region(3, 2026, 2).value());
        var sources = as.akimatKyzylorda(() -> indicators.sources(3, 2026, KYZYLORDA, 1, 0, 20));
        assertEquals(1, sources.total(), "the approved inventory only");
        assertEquals(0, new BigDecimal("66").compareTo(sources.items().get(0).value()));
    }

    private Report inventory(Facility site, int year, String stock, String generated, String transferred, String recovered,
                             String stockEnd, Facility to) throws Exception {
        Map<String, BigDecimal> v = new HashMap<>();
        v.put("100", new BigDecimal(stock));
        v.put("110", new BigDecimal(generated));
        v.put("130", new BigDecimal(transferred));
        v.put("140", new BigDecimal(recovered));
        v.put("160", new BigDecimal(stockEnd));
        List<DetailRowInput> rows = to == null ? List.of() : List.of(new DetailRowInput("TRANSFERRED", to.getOrganisation().getBinValue(),
                to.getId(), to.getName(), "RECOVERY", new BigDecimal(transferred)));
        Report draft = as.enterprise(() -> inventories.create(site.getId(), year, HazardousFixtures.MERCURY));
        return submit(as.enterprise(() -> filing.save(draft.getId(), draft.getLockVersion(), v, rows, Map.of())));
    }

    /** The ministry reviews inventories, acknowledging what the prior-year checks ask it to. */
    private Report approveInventory(Report submitted) throws Exception {
        return as.ministry(() -> {
            for (String key : review.unacknowledged(submitted.getId())) {
                String[] ruleAndLine = key.split("/", 2);
                review.acknowledge(submitted.getId(), ruleAndLine[0], "null".equals(ruleAndLine[1]) ? null : ruleAndLine[1], "Checked");
            }
            Report current = review.open(submitted.getId());
            return review.approve(current.getId(), current.getLockVersion(), null);
        });
    }

    // ------------------------------------------------------------------------------------------------------------

    private IndicatorValue region(int no, int year, int version) throws Exception {
        return as.ministry(() -> indicators.regions(no, year, version)).stream()
                .filter(v -> v.regionCode().equals(no == 5 ? ZHETISU : KYZYLORDA)).findFirst().orElseThrow();
    }

    private static IndicatorCard card(Dashboard dashboard, int no) {
        return dashboard.cards().stream().filter(c -> c.indicator().getNo() == no).findFirst().orElseThrow();
    }

    private static BaselineState baselineOf(IndicatorCard card) {
        return card.baseline().orElseThrow();
    }

    private Organisation collector(String name) throws Exception {
        Organisation o = fixtures.organisation(name + " " + UUID.randomUUID().toString().substring(0, 6), KYZYLORDA, Activity.COLLECTOR);
        fixtures.link(Identities.ENTERPRISE, o);
        return o;
    }

    private static Map<String, BigDecimal> waste1Values(String tonnes) {
        Map<String, BigDecimal> v = new HashMap<>();
        for (String line : new String[] {"100", "101", "200", "201"}) {
            v.put(line, new BigDecimal(tonnes));
        }
        // 200 to 500 kg per person served: inside the plausible range
        v.put("300", new BigDecimal(tonnes).multiply(BigDecimal.valueOf(4)));
        return v;
    }

    private static DetailRowInput delivery(Facility to, String tonnes) {
        return new DetailRowInput("deliveries", null, to.getId(), to.getName(), "LANDFILL", new BigDecimal(tonnes));
    }

    private Report waste1(Organisation collector, int year, String tonnes, Facility to) throws Exception {
        Report draft = as.enterprise(() -> filing.createDraft(new NewReport("waste-1", year, collector.getId(), KYZYLORDA, null)));
        return submit(as.enterprise(() -> filing.save(draft.getId(), draft.getLockVersion(), waste1Values(tonnes),
                List.of(delivery(to, tonnes)), Map.of())));
    }

    private Report waste2(Organisation operator, Facility landfill, int year, String buried, Organisation supplier) throws Exception {
        Report draft = as.enterprise(() -> filing.createDraft(new NewReport("waste-2", year, operator.getId(), null, landfill.getId())));
        Map<String, BigDecimal> v = new HashMap<>();
        v.put("400", BigDecimal.ZERO);
        v.put("500", new BigDecimal(buried));
        v.put("501", new BigDecimal(buried));
        v.put("620", new BigDecimal(buried));
        v.put("700", BigDecimal.ZERO);
        List<DetailRowInput> rows = List.of(new DetailRowInput("suppliers", supplier.getBinValue(), null, supplier.getName().getRu(), null, new BigDecimal(buried)));
        return submit(as.enterprise(() -> filing.save(draft.getId(), draft.getLockVersion(), v, rows, Map.of())));
    }

    /** Submits, explaining whatever warnings there are (the cross-checks are not what this test is about). */
    private Report submit(Report saved) throws Exception {
        Map<String, String> explanations = as.enterprise(() -> filing.validate(saved.getId())).stream().collect(Collectors.toMap(
                r -> r.ruleId() + "|" + (r.lineCode() == null ? "" : r.lineCode()), r -> "Explained for the test.", (x, y) -> x));
        return as.enterprise(() -> filing.submit(saved.getId(), saved.getLockVersion(), explanations));
    }

    private Report approve(Report submitted) throws Exception {
        return as.akimatKyzylorda(() -> {
            for (String key : review.unacknowledged(submitted.getId())) {
                String[] ruleAndLine = key.split("/", 2);
                review.acknowledge(submitted.getId(), ruleAndLine[0], "null".equals(ruleAndLine[1]) ? null : ruleAndLine[1], "Checked with the respondent");
            }
            Report current = review.open(submitted.getId());
            return review.approve(current.getId(), current.getLockVersion(), null);
        });
    }
}
