package kz.qaldyq.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
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
import kz.qaldyq.validation.RuleResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A respondent without last year's approved report whose total is a large share (30 %, a parameter of the form
 * version) of its region's approved total of last year. Turkistan region, reporting years 2023 and 2024, which no
 * other test files in (ReconciliationIT uses Turkistan 2021 and 2022); waste-1 here is the only approved waste-1
 * of Turkistan 2023, and waste-2 the only approved waste-2, so the region's totals are exactly this test's.
 */
@ExtendWith(ArquillianExtension.class)
class NewRespondentIT {

    private static final String TURKISTAN = Fixtures.TURKISTAN;

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule(NewRespondentIT.class);
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

    @BeforeEach
    void users() throws Exception {
        fixtures.users();
    }

    private Organisation organisation(String name, Activity activity) throws Exception {
        Organisation o = fixtures.organisation(name + " " + UUID.randomUUID().toString().substring(0, 6), TURKISTAN, activity);
        fixtures.link(Identities.ENTERPRISE, o);
        return o;
    }

    private Report waste1(Organisation collector, int year, String collected, Facility to) throws Exception {
        Report draft = as.enterprise(() -> filing.createDraft(new NewReport("waste-1", year, collector.getId(), TURKISTAN, null)));
        BigDecimal tonnes = new BigDecimal(collected);
        Map<String, BigDecimal> v = new HashMap<>();
        for (String line : new String[] {"100", "101", "200", "201"}) {
            v.put(line, tonnes);
        }
        v.put("300", tonnes.multiply(BigDecimal.valueOf(4))); // 250 kg a person: plausible
        List<DetailRowInput> rows = List.of(new DetailRowInput("deliveries", null, to.getId(), to.getName(), "LANDFILL", tonnes));
        return as.enterprise(() -> filing.save(draft.getId(), draft.getLockVersion(), v, rows, Map.of()));
    }

    private Report waste2(Organisation operator, Facility facility, int year, Organisation supplier, String received) throws Exception {
        Report draft = as.enterprise(() -> filing.createDraft(new NewReport("waste-2", year, operator.getId(), null, facility.getId())));
        BigDecimal tonnes = new BigDecimal(received);
        Map<String, BigDecimal> v = new HashMap<>();
        v.put("400", BigDecimal.ZERO);
        v.put("500", tonnes);
        v.put("501", tonnes);
        v.put("620", tonnes);
        v.put("700", BigDecimal.ZERO);
        List<DetailRowInput> rows = List.of(new DetailRowInput("suppliers", supplier.getBinValue(), null, "Supplier " + supplier.getBinValue(), null, tonnes));
        return as.enterprise(() -> filing.save(draft.getId(), draft.getLockVersion(), v, rows, Map.of()));
    }

    private Facility landfill(Organisation operator) throws Exception {
        return as.admin(() -> organisations.addFacility(operator.getId(), new FacilityInput("Landfill " + operator.getId(),
                FacilityType.LANDFILL, TURKISTAN, null, null, 3, new BigDecimal("900000"), "I")));
    }

    private void approve(Report saved) throws Exception {
        Map<String, String> explanations = as.enterprise(() -> filing.validate(saved.getId())).stream().collect(Collectors.toMap(
                r -> r.ruleId() + "|" + (r.lineCode() == null ? "" : r.lineCode()), r -> "Explained for the test.", (a, b) -> a));
        Report submitted = as.enterprise(() -> filing.submit(saved.getId(), saved.getLockVersion(), explanations));
        as.akimatTurkistan(() -> review.approve(submitted.getId(), submitted.getLockVersion(), null));
    }

    private List<RuleResult> newShare(Report report) throws Exception {
        return as.akimatTurkistan(() -> filing.validate(report.getId())).stream()
                .filter(r -> r.ruleId().endsWith("-NEW-SHARE")).toList();
    }

    @Test
    void aNewCollectorWithAThirdOfTheRegionIsFlaggedASmallOneAndAnEstablishedOneAreNot() throws Exception {
        Facility site = landfill(organisation("Site", Activity.FACILITY_OPERATOR));
        Organisation established = organisation("Established", Activity.COLLECTOR);
        approve(waste1(established, 2023, "10000", site));

        Report large = waste1(organisation("Successor", Activity.COLLECTOR), 2024, "3500", site);
        List<RuleResult> found = newShare(large);
        assertEquals(1, found.size(), found.toString());
        assertEquals("W1-NEW-SHARE", found.get(0).ruleId());
        assertEquals("100", found.get(0).lineCode());
        assertEquals("New respondent: line 100 (3,500.000 t) is 35.0 % of the region's approved total of last year (10,000.000 t;"
                + " threshold 30.0 %). Check that the same waste is not reported under another BIN.", found.get(0).message().en());
        assertTrue(found.get(0).message().ru().startsWith("Новый респондент: строка 100 (3 500,000 т) составляет 35,0 %"),
                found.get(0).message().ru());
        assertTrue(found.get(0).message().kk().startsWith("Жаңа респондент: 100 жолы (3 500,000 т)"), found.get(0).message().kk());

        assertTrue(newShare(waste1(organisation("Small newcomer", Activity.COLLECTOR), 2024, "2000", site)).isEmpty(), "20 % stays silent");
        assertTrue(newShare(waste1(established, 2024, "10500", site)).isEmpty(), "a respondent with last year's report is no newcomer");
    }

    @Test
    void aNewFacilityReceivingALargeShareOfTheRegionIsFlagged() throws Exception {
        Organisation supplier = organisation("Supplier", Activity.COLLECTOR);
        Organisation operator = organisation("Old landfill", Activity.FACILITY_OPERATOR);
        approve(waste2(operator, landfill(operator), 2023, supplier, "8000"));

        Organisation newOperator = organisation("New landfill", Activity.FACILITY_OPERATOR);
        List<RuleResult> found = newShare(waste2(newOperator, landfill(newOperator), 2024, supplier, "4000"));
        assertEquals(List.of("W2-NEW-SHARE/500"), found.stream().map(r -> r.ruleId() + "/" + r.lineCode()).toList());
        Organisation smallOperator = organisation("Small sorting", Activity.FACILITY_OPERATOR);
        assertFalse(newShare(waste2(smallOperator, landfill(smallOperator), 2024, supplier, "1000")).stream().findAny().isPresent(),
                "12.5 % of the region stays silent");
    }
}
