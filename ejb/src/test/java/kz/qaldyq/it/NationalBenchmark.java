package kz.qaldyq.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import kz.qaldyq.filing.FilingService;
import kz.qaldyq.filing.Report;
import kz.qaldyq.filing.ReviewService;
import kz.qaldyq.reconciliation.ReconciliationService;
import kz.qaldyq.reference.ReferenceService;
import kz.qaldyq.synthetic.NationalGenerator;
import kz.qaldyq.validation.RuleResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test: on the generated national picture (20 regions, five years, planted faults), prints (a) the
 * time to re-validate every report of one year nationally with every check against prior years, plus the checks across
 * reporters of every region, and (b) the review page's server time for one report with its five-year series (the
 * service calls its backing bean makes). Written to national-benchmark-results.txt; run by {@code ./qaldyq bench}.
 */
@ExtendWith(ArquillianExtension.class)
class NationalBenchmark {

    private static final int YEAR = 2025;
    private static final String ASTANA = "710000000";

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule(NationalBenchmark.class);
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
    @Inject
    private ReferenceService reference;
    @Inject
    private kz.qaldyq.indicator.IndicatorService indicators;

    @Test
    void measure() throws Exception {
        fixtures.users();
        NationalGenerator.Result generated;
        try (Connection c = dataSource.getConnection()) {
            generated = NationalGenerator.generate(c, NationalGenerator.Options.national(2026, true));
        }
        List<String> regions = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select code from kato_unit where level = 'REGION' order by code")) {
            while (rs.next()) {
                regions.add(rs.getString(1));
            }
        }

        // (a) the whole year: rules (batch), then the cross-checks of every region
        double[] rules = new double[5];
        double[] cross = new double[5];
        int reports = 0;
        int withFindings = 0;
        int flagged = 0;
        for (int run = -2; run < rules.length; run++) {
            long t0 = System.nanoTime();
            Map<Long, List<RuleResult>> findings = as.ministry(() -> review.revalidate(YEAR, null));
            long t1 = System.nanoTime();
            int flags = 0;
            for (String region : regions) {
                flags += as.ministry(() -> reconciliation.deliveries(region, YEAR)).stream().filter(f -> f.flagged()).count();
                as.ministry(() -> reconciliation.totals(region, YEAR));
                as.ministry(() -> reconciliation.completeness(region, "waste-1", YEAR));
                as.ministry(() -> reconciliation.completeness(region, "waste-2", YEAR));
                as.ministry(() -> reconciliation.perCapita(region));
            }
            long t2 = System.nanoTime();
            if (run >= 0) {
                rules[run] = (t1 - t0) / 1e6;
                cross[run] = (t2 - t1) / 1e6;
            }
            reports = findings.size();
            withFindings = (int) findings.values().stream().filter(l -> !l.isEmpty()).count();
            flagged = flags;
        }
        // the same rules report by report, as the entry and review pages call them, for comparison
        List<Long> ids = new ArrayList<>(as.ministry(() -> review.revalidate(YEAR, null)).keySet());
        long t0 = System.nanoTime();
        for (long id : ids) {
            as.ministry(() -> filing.validate(id));
        }
        double oneByOne = (System.nanoTime() - t0) / 1e6;

        // (b) the review page of the akimat of Astana: the largest waste-1 and the landfill with most suppliers
        long collector = single("select r.id from report r join report_value v on v.report_id = r.id and v.line_code = '100'"
                + " where r.form_code = 'waste-1' and r.region_code = '" + ASTANA + "' and r.reporting_year = " + YEAR + " order by v.value desc limit 1");
        long landfill = single("select r.id from report r join report_detail_row d on d.report_id = r.id where r.form_code = 'waste-2'"
                + " and r.region_code = '" + ASTANA + "' and r.reporting_year = " + YEAR + " group by r.id order by count(*) desc limit 1");
        double[] page1 = page(collector);
        double[] page2 = page(landfill);
        int suppliers = as.akimatAstana(() -> filing.get(landfill)).getDetailRows().size();

        // (c) the indicator dashboard over five years of the Concept's span: 2025 above, 2026-2029 generated with another seed
        NationalGenerator.Result later;
        try (Connection c = dataSource.getConnection()) {
            later = NationalGenerator.generate(c, new NationalGenerator.Options(2030, false, 2026, 2029, List.of(), "generator"));
        }
        double[] national = dashboard(() -> as.ministry(() -> {
            indicators.dashboard(2029, null, Map.of());
            indicators.regions(2, 2029, null);
            return indicators.regionCentres();
        }));
        double[] astana = dashboard(() -> as.akimatAstana(() -> {
            indicators.dashboard(2029, ASTANA, Map.of());
            indicators.regions(2, 2029, null);
            return indicators.regionCentres();
        }));
        String dashboards = String.format(Locale.ROOT, """
                  (c) indicator dashboard server time (the calls of its backing bean: five indicators with their series 2025-2030,
                      the regions of one indicator, the map), over %d more reports of 2026-2029, 30 calls after 10 warm-ups:
                      ministry, the whole country:  median %.1f ms   p95 %.1f ms   (goal: under 300 ms)
                      akimat of Astana:             median %.1f ms   p95 %.1f ms
                """, later.reports(), pct(national, 50), pct(national, 95), pct(astana, 50), pct(astana, 95));

        String result = String.format(Locale.ROOT, """
                Qaldyq national benchmark (server side, in WildFly, PostgreSQL; generated data: %d reports of %d collectors and %d facilities
                over 5 years, %d planted faults, generated in %.1f s)
                  (a) re-validate every report of %d nationally (%d reports; %d with findings), 5 runs after 2 warm-ups:
                      rules incl. prior-year and new-respondent checks (batch):  median %.0f ms   max %.0f ms
                      cross-checks of all %d regions (deliveries, landfill totals, completeness, per person):  median %.0f ms   max %.0f ms
                      total:  median %.0f ms   (goal: under 10 s; %d flagged delivery pairs)
                      for comparison, the same rules report by report through FilingService.validate: %.0f ms
                  (b) review page server time (the calls of its backing bean: open, report, layout, history, rules, five-year series,
                      delivery flags, acknowledgements), akimat of Astana, 50 calls after 10 warm-ups:
                      waste-1 of the largest collector:          median %.1f ms   p95 %.1f ms   (goal: under 200 ms)
                      waste-2 of the landfill with %3d suppliers: median %.1f ms   p95 %.1f ms
                """, generated.reports(), generated.collectors(), generated.facilities(), generated.faults().size(), generated.seconds(),
                YEAR, reports, withFindings, pct(rules, 50), pct(rules, 100), regions.size(), pct(cross, 50), pct(cross, 100),
                pct(rules, 50) + pct(cross, 50), flagged, oneByOne, pct(page1, 50), pct(page1, 95), suppliers, pct(page2, 50), pct(page2, 95));
        result = result + dashboards;
        Path out = Path.of(System.getProperty("jboss.server.base.dir"), "national-benchmark-results.txt");
        Files.writeString(out, result, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        System.out.println(result);
    }

    /** What review/report.xhtml's backing bean calls when the akimat opens a report (ReportBacking.load and show). */
    private double[] page(long id) throws Exception {
        Callable<Object> show = () -> {
            review.open(id);
            Report report = filing.get(id);
            if (report.getFacility() == null) {
                reference.findKato(report.getRegionCode());
            }
            filing.layoutOf(id);
            filing.history(id);
            if (report.getPreviousId() != null) {
                filing.compare(report.getPreviousId(), id);
            }
            filing.validate(id);
            filing.series(id);
            reconciliation.flagsOf(id);
            return review.unacknowledged(id);
        };
        for (int i = 0; i < 10; i++) {
            as.akimatAstana(show);
        }
        double[] times = new double[50];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            as.akimatAstana(show);
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        return times;
    }

    private static double[] dashboard(Callable<Object> load) throws Exception {
        for (int i = 0; i < 10; i++) {
            load.call();
        }
        double[] times = new double[30];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            load.call();
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        return times;
    }

    private long single(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double pct(double[] values, int percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
