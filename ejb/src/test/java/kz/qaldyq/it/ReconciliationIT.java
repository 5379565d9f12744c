package kz.qaldyq.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.qaldyq.filing.DetailRowInput;
import kz.qaldyq.filing.FilingService;
import kz.qaldyq.filing.NewReport;
import kz.qaldyq.filing.Report;
import kz.qaldyq.filing.ReviewService;
import kz.qaldyq.organisation.Activity;
import kz.qaldyq.organisation.Facility;
import kz.qaldyq.organisation.FacilityInput;
import kz.qaldyq.organisation.FacilityType;
import kz.qaldyq.organisation.Organisation;
import kz.qaldyq.organisation.OrganisationService;
import kz.qaldyq.reconciliation.Completeness;
import kz.qaldyq.reconciliation.DeliveryFlag;
import kz.qaldyq.reconciliation.MissingRespondent;
import kz.qaldyq.reconciliation.PerCapitaYear;
import kz.qaldyq.reconciliation.ReconciliationService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cross-checks on planted faults and on clean data, in Turkistan region, where no other test files: who is missing,
 * deliveries against receipts (also across regions), a correction clearing a flag, and waste per person over years.
 */
@ExtendWith(ArquillianExtension.class)
class ReconciliationIT {

    private static final String TURKISTAN = Fixtures.TURKISTAN;
    private static final String ULYTAU = "620000000";

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule(ReconciliationIT.class);
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
    private ReconciliationService reconciliation;

    @BeforeEach
    void users() throws Exception {
        fixtures.users();
    }

    private Organisation organisation(String name, String region, Activity... activities) throws Exception {
        Organisation o = fixtures.organisation(name + " " + UUID.randomUUID().toString().substring(0, 6), region, activities);
        fixtures.link(Identities.ENTERPRISE, o);
        return o;
    }

    private Facility landfill(Organisation operator, String region) throws Exception {
        return as.admin(() -> organisations.addFacility(operator.getId(), new FacilityInput("Landfill " + operator.getId(),
                FacilityType.LANDFILL, region, null, null, 3, new BigDecimal("900000"), "I")));
    }

    /** Submits, explaining whatever warnings there are (the checks here are the cross-checks, not the form's). */
    private Report submit(Report saved) throws Exception {
        Map<String, String> explanations = as.enterprise(() -> filing.validate(saved.getId())).stream().collect(Collectors.toMap(
                r -> r.ruleId() + "|" + (r.lineCode() == null ? "" : r.lineCode()), r -> "Explained for the test.", (a, b) -> a));
        return as.enterprise(() -> filing.submit(saved.getId(), saved.getLockVersion(), explanations));
    }

    private Report waste1(Organisation collector, int year, String collected, String persons, Facility to, String delivered) throws Exception {
        Report draft = as.enterprise(() -> filing.createDraft(new NewReport("waste-1", year, collector.getId(), collector.getRegionCode(), null)));
        Map<String, BigDecimal> v = new HashMap<>();
        for (String line : new String[] {"100", "101", "200", "201"}) {
            v.put(line, new BigDecimal(collected));
        }
        v.put("300", new BigDecimal(persons));
        List<DetailRowInput> rows = to == null ? List.of()
                : List.of(new DetailRowInput("deliveries", null, to.getId(), to.getName(), "LANDFILL", new BigDecimal(delivered)));
        return submit(as.enterprise(() -> filing.save(draft.getId(), draft.getLockVersion(), v, rows, Map.of())));
    }

    private Map<String, BigDecimal> waste2Values(Map<String, String> suppliers) {
        BigDecimal received = suppliers.values().stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigDecimal> v = new HashMap<>();
        v.put("400", BigDecimal.ZERO);
        v.put("500", received);
        v.put("501", received);
        v.put("620", received);
        v.put("700", BigDecimal.ZERO);
        return v;
    }

    private List<DetailRowInput> supplierRows(Map<String, String> suppliers) {
        List<DetailRowInput> rows = new ArrayList<>();
        suppliers.forEach((bin, t) -> rows.add(new DetailRowInput("suppliers", bin, null, "Collector " + bin, null, new BigDecimal(t))));
        return rows;
    }

    private Report waste2(Organisation operator, Facility facility, int year, Map<String, String> suppliers) throws Exception {
        Report draft = as.enterprise(() -> filing.createDraft(new NewReport("waste-2", year, operator.getId(), null, facility.getId())));
        return submit(as.enterprise(() -> filing.save(draft.getId(), draft.getLockVersion(), waste2Values(suppliers), supplierRows(suppliers), Map.of())));
    }

    private static DeliveryFlag pair(List<DeliveryFlag> flags, Organisation collector, Facility facility) {
        return flags.stream().filter(f -> f.collectorBin().equals(collector.getBinValue()) && f.facilityId() == facility.getId())
                .findFirst().orElseThrow(() -> new AssertionError("no pair " + collector.getBinValue() + " → " + facility.getId() + " in " + flags));
    }

    @Test
    void deliveriesAreCheckedAgainstReceiptsOnBothSidesAndACorrectionClearsTheFlag() throws Exception {
        Organisation c1 = organisation("Clean collector", TURKISTAN);
        Organisation c2 = organisation("Short collector", TURKISTAN);
        Organisation c3 = organisation("Cross-region collector", TURKISTAN);
        Organisation operator = organisation("Turkistan landfill", TURKISTAN, Activity.FACILITY_OPERATOR);
        Organisation otherOperator = organisation("Ulytau landfill", ULYTAU, Activity.FACILITY_OPERATOR);
        Facility f = landfill(operator, TURKISTAN);
        Facility g = landfill(otherOperator, ULYTAU);

        Report w1c1 = waste1(c1, 2022, "1000", "5000", f, "1000");
        waste1(c2, 2022, "1000", "5000", f, "1000");
        waste1(c3, 2022, "500", "2500", g, "500");
        Report w2f = waste2(operator, f, 2022, Map.of(c1.getBinValue(), "1000", c2.getBinValue(), "800"));
        waste2(otherOperator, g, 2022, Map.of());

        List<DeliveryFlag> turkistan = as.akimatTurkistan(() -> reconciliation.deliveries(TURKISTAN, 2022));
        assertEquals(DeliveryFlag.Kind.MATCH, pair(turkistan, c1, f).kind(), "clean data stays silent");
        DeliveryFlag shortfall = pair(turkistan, c2, f);
        assertEquals(DeliveryFlag.Kind.MISMATCH, shortfall.kind());
        assertEquals(0, new BigDecimal("20.0").compareTo(shortfall.differencePercent()));
        assertEquals(DeliveryFlag.Kind.ONLY_COLLECTOR, pair(turkistan, c3, g).kind(), "the Ulytau landfill never reported C3");
        List<DeliveryFlag> ulytau = as.ministry(() -> reconciliation.deliveries(ULYTAU, 2022));
        assertEquals(DeliveryFlag.Kind.ONLY_COLLECTOR, pair(ulytau, c3, g).kind(), "the facility's region sees the cross-region flag too");

        List<DeliveryFlag> onTheCollectorsReport = as.akimatTurkistan(() -> reconciliation.flagsOf(w1c1.getId()));
        assertEquals(1, onTheCollectorsReport.size());
        assertFalse(onTheCollectorsReport.get(0).flagged());
        assertTrue(as.akimatTurkistan(() -> reconciliation.flagsOf(w2f.getId())).stream().anyMatch(DeliveryFlag::flagged));

        // the landfill corrects its receipts from C2: the flag on both reports follows, as it is computed on read
        Report opened = as.akimatTurkistan(() -> review.open(w2f.getId()));
        Report returned = as.akimatTurkistan(() -> review.returnForCorrection(w2f.getId(), opened.getLockVersion(), "C2 says 1 000 t", Map.of()));
        Map<String, String> corrected = Map.of(c1.getBinValue(), "1000", c2.getBinValue(), "1000");
        Report saved = as.enterprise(() -> filing.save(w2f.getId(), returned.getLockVersion(), waste2Values(corrected), supplierRows(corrected), Map.of()));
        submit(saved);
        assertEquals(DeliveryFlag.Kind.MATCH, pair(as.akimatTurkistan(() -> reconciliation.deliveries(TURKISTAN, 2022)), c2, f).kind());
    }

    @Test
    void completenessNamesWhoFiledLastYearAndWhoNeverFiled() throws Exception {
        Organisation lapsed = organisation("Lapsed", TURKISTAN, Activity.COLLECTOR);
        Organisation faithful = organisation("Faithful", TURKISTAN, Activity.COLLECTOR);
        Organisation silent = organisation("Silent", TURKISTAN, Activity.COLLECTOR);
        Facility site = landfill(organisation("Site", TURKISTAN), TURKISTAN);
        for (Organisation o : List.of(lapsed, faithful)) {
            Report r = waste1(o, 2021, "1000", "5000", site, "1000");
            as.akimatTurkistan(() -> review.approve(r.getId(), r.getLockVersion(), null));
        }
        Report thisYear = waste1(faithful, 2022, "900", "12000", site, "900");
        as.akimatTurkistan(() -> review.approve(thisYear.getId(), thisYear.getLockVersion(), null));

        Completeness completeness = as.akimatTurkistan(() -> reconciliation.completeness(TURKISTAN, "waste-1", 2022));
        Map<String, MissingRespondent> missing = completeness.missing().stream().collect(Collectors.toMap(MissingRespondent::bin, m -> m));
        assertEquals(MissingRespondent.Reason.FILED_LAST_YEAR, missing.get(lapsed.getBinValue()).reason());
        assertEquals(2021, missing.get(lapsed.getBinValue()).lastFiledYear());
        assertEquals(MissingRespondent.Reason.NEVER_FILED, missing.get(silent.getBinValue()).reason());
        assertFalse(missing.containsKey(faithful.getBinValue()));
        assertEquals(completeness.expected() - completeness.submitted(), completeness.missing().size());
        assertTrue(completeness.submitted() >= 1);

        // region view: 2021 2 000 t for 10 000 people (200 kg); 2022 900 t for 12 000 people (75 kg) — falling while growing
        List<PerCapitaYear> years = as.akimatTurkistan(() -> reconciliation.perCapita(TURKISTAN));
        PerCapitaYear y2022 = years.stream().filter(y -> y.year() == 2022).findFirst().orElseThrow();
        assertTrue(y2022.fallingWhilePopulationGrows(), years.toString());
        assertFalse(years.stream().filter(y -> y.year() == 2021).findFirst().orElseThrow().fallingWhilePopulationGrows());
    }

    @Test
    void anAkimatSeesOnlyItsOwnRegionsCrossChecks() {
        org.junit.jupiter.api.Assertions.assertThrows(kz.qaldyq.platform.AccessDeniedException.class,
                () -> as.akimatAstana(() -> reconciliation.deliveries(TURKISTAN, 2022)));
        org.junit.jupiter.api.Assertions.assertThrows(kz.qaldyq.platform.AccessDeniedException.class,
                () -> as.akimatAstana(() -> reconciliation.completeness(TURKISTAN, "waste-1", 2022)));
    }
}
