package kz.qaldyq.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import kz.qaldyq.filing.FilingService;
import kz.qaldyq.filing.ReportEvent;
import kz.qaldyq.filing.ReviewService;
import kz.qaldyq.reconciliation.Completeness;
import kz.qaldyq.reconciliation.DeliveryFlag;
import kz.qaldyq.reconciliation.MissingRespondent;
import kz.qaldyq.reconciliation.ReconciliationService;
import kz.qaldyq.synthetic.NationalGenerator;
import kz.qaldyq.synthetic.NationalGenerator.Fault;
import kz.qaldyq.validation.RuleResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The synthetic-data generator with planted faults, checked by the portal's own checks: every planted fault is found
 * (rule engine through the review and filing services, delivery flags and completeness through the reconciliation
 * service) and every other report and delivery stays silent. The generator writes into the shared test database, so
 * it fills only Atyrau, West Kazakhstan and Mangystau regions, which no other test files in, and removes all it wrote
 * at the end, so that the browser tests that follow see the database as before.
 */
@ExtendWith(ArquillianExtension.class)
class NationalDataIT {

    private static final List<String> REGIONS = List.of("230000000", "270000000", "470000000");
    private static final int YEAR = 2025;

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule(NationalDataIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/QaldyqDS")
    private DataSource dataSource;
    @Inject
    private Identities as;
    @Inject
    private Fixtures fixtures;
    @Inject
    private FilingService filing;
    @Inject
    private ReviewService review;
    @Inject
    private ReconciliationService reconciliation;

    private static List<String> summary(List<RuleResult> results) {
        return results.stream().map(r -> r.ruleId() + "/" + r.lineCode()).sorted().toList();
    }

    @Test
    void everyPlantedFaultIsFoundAndCleanReportsStaySilent() throws Exception {
        fixtures.users();
        NationalGenerator.Result result;
        try (Connection c = dataSource.getConnection()) {
            result = NationalGenerator.generate(c, new NationalGenerator.Options(7, true, 2021, YEAR, REGIONS, "generator-it"));
        }
        try {
            System.out.print(result.describe());
            assertTrue(result.notPlanted().isEmpty(), result.notPlanted().toString());
            assertEquals(Set.of("MAGNITUDE", "JUMP_OVER_50", "VANISHED_LINE", "PER_CAPITA", "NEW_RESPONDENT_SHARE", "TAKEN_OVER_NOT_FILED",
                            "LAPSED_COLLECTOR", "ONLY_COLLECTOR", "MISMATCH", "MISMATCH_CROSS_REGION"),
                    result.faults().stream().map(Fault::kind).collect(Collectors.toSet()));

            // the rules: the whole year re-validated at once, and each faulty report through the filing service one by one
            Map<Long, List<RuleResult>> findings = new LinkedHashMap<>();
            for (String region : REGIONS) {
                findings.putAll(as.ministry(() -> review.revalidate(YEAR, region)));
            }
            Set<Long> faulty = new HashSet<>();
            for (Fault fault : result.faults()) {
                if (fault.reportId() == null) {
                    continue;
                }
                faulty.add(fault.reportId());
                if (fault.expected().contains("/")) {
                    List<String> one = summary(as.ministry(() -> filing.validate(fault.reportId())));
                    assertTrue(one.contains(fault.expected()), fault.describe() + " → " + one);
                    assertTrue(summary(findings.get(fault.reportId())).contains(fault.expected()), fault.describe());
                }
            }
            List<String> noisy = new ArrayList<>();
            findings.forEach((id, results) -> {
                if (!faulty.contains(id) && !results.isEmpty()) {
                    noisy.add(id + " " + summary(results));
                }
            });
            assertTrue(noisy.isEmpty(), "clean reports with findings: " + noisy);
            assertTrue(findings.size() > 100, "every generated report of the year was re-validated: " + findings.size());
            int compared = 0;
            for (Long id : findings.keySet()) {
                if (compared++ % 10 == 0 || faulty.contains(id)) {
                    assertEquals(summary(as.ministry(() -> filing.validate(id))), summary(findings.get(id)), "report " + id + " one by one");
                }
            }

            // deliveries against receipts: each planted pair is flagged as expected (in the facility's region), nothing else
            Set<String> involved = result.faults().stream().map(Fault::bin).collect(Collectors.toSet());
            List<DeliveryFlag> flags = new ArrayList<>();
            for (String region : REGIONS) {
                flags.addAll(as.ministry(() -> reconciliation.deliveries(region, YEAR)));
            }
            for (Fault fault : result.faults()) {
                if (fault.facilityId() == null) {
                    continue;
                }
                List<DeliveryFlag> inRegion = as.ministry(() -> reconciliation.deliveries(fault.regionCode(), YEAR));
                assertTrue(inRegion.stream().anyMatch(f -> f.collectorBin().equals(fault.bin()) && f.facilityId() == fault.facilityId()
                        && f.kind().name().equals(fault.expected())), fault.describe());
            }
            List<String> unexpected = flags.stream().filter(DeliveryFlag::flagged).filter(f -> !involved.contains(f.collectorBin()))
                    .map(f -> f.collectorBin() + "→" + f.facilityId() + " " + f.kind()).toList();
            assertTrue(unexpected.isEmpty(), "clean deliveries flagged: " + unexpected);
            assertTrue(flags.stream().filter(f -> !f.flagged()).count() > 100, "the clean deliveries match");
            Fault cross = result.faults().stream().filter(f -> f.kind().equals("MISMATCH_CROSS_REGION")).findFirst().orElseThrow();
            DeliveryFlag crossFlag = flags.stream().filter(f -> f.collectorBin().equals(cross.bin()) && f.facilityId() == cross.facilityId())
                    .findFirst().orElseThrow();
            assertFalse(crossFlag.collectorRegion().equals(crossFlag.facilityRegion()), "the cross-region pair: " + crossFlag);

            // who is missing: exactly the collectors that filed last year and not this year
            for (String region : REGIONS) {
                Completeness waste1 = as.ministry(() -> reconciliation.completeness(region, "waste-1", YEAR));
                Set<String> expected = result.faults().stream().filter(f -> f.expected().equals("FILED_LAST_YEAR") && f.regionCode().equals(region))
                        .map(Fault::bin).collect(Collectors.toSet());
                assertEquals(expected, waste1.missing().stream().map(MissingRespondent::bin).collect(Collectors.toSet()), region);
                assertTrue(waste1.missing().stream().allMatch(m -> m.reason() == MissingRespondent.Reason.FILED_LAST_YEAR));
                assertTrue(as.ministry(() -> reconciliation.completeness(region, "waste-2", YEAR)).missing().isEmpty(), region);
            }

            // an approved report carries the workflow's events, by the generator's actor
            long approved = findings.keySet().stream().filter(id -> !faulty.contains(id)).findFirst().orElseThrow();
            List<ReportEvent> history = as.ministry(() -> filing.history(approved));
            assertEquals(List.of("CREATED", "SUBMITTED", "OPENED", "APPROVED"), history.stream().map(e -> e.getAction().name()).toList());
            assertTrue(history.stream().allMatch(e -> e.getActor().equals("generator-it")));
        } finally {
            try (Connection c = dataSource.getConnection()) {
                NationalGenerator.remove(c, result);
            }
        }
    }
}
