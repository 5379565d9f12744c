package kz.qaldyq.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import kz.qaldyq.filing.FilingService;
import kz.qaldyq.filing.InboxQuery;
import kz.qaldyq.filing.ReportStatus;
import kz.qaldyq.filing.ReviewService;
import kz.qaldyq.platform.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test: prints server-side figures (validation of one report with all its rules; the akimat inbox
 * with 20,000 reports in the region) to benchmark-results.txt in the server's base directory. Run by
 * {@code ./qaldyq bench}; it never decides whether the build passes.
 */
@ExtendWith(ArquillianExtension.class)
class FilingBenchmark {

    private static final int REPORTS = 20_000;

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule(FilingBenchmark.class);
    }

    @Inject
    private Identities as;
    @Inject
    private Fixtures fixtures;
    @Inject
    private FilingService filing;
    @Inject
    private ReviewService review;
    @Resource(lookup = "java:jboss/datasources/QaldyqDS")
    private DataSource dataSource;

    @Test
    void measure() throws Exception {
        fixtures.users();
        long seedStart = System.nanoTime();
        List<Long> ids = seed();
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

        for (int i = 0; i < 200; i++) {
            long id = ids.get(i % ids.size());
            as.akimatKaraganda(() -> filing.validate(id));
        }
        double[] validate = new double[2000];
        for (int i = 0; i < validate.length; i++) {
            long id = ids.get((i * 7919) % ids.size());
            long t0 = System.nanoTime();
            as.akimatKaraganda(() -> filing.validate(id));
            validate[i] = (System.nanoTime() - t0) / 1e6;
        }

        InboxQuery[] queries = {
                InboxQuery.all(),
                new InboxQuery("waste-1", 2024, null, null, "submittedAt", true),
                new InboxQuery(null, null, ReportStatus.SUBMITTED, null, "organisation", false),
                new InboxQuery(null, 2023, null, true, "year", false)};
        for (int i = 0; i < 50; i++) {
            InboxQuery q = queries[i % queries.length];
            as.akimatKaraganda(() -> review.inbox(q, 0, 20));
        }
        double[] inbox = new double[400];
        long total = 0;
        for (int i = 0; i < inbox.length; i++) {
            InboxQuery q = queries[i % queries.length];
            int offset = (i * 37 % 50) * 20;
            long t0 = System.nanoTime();
            Page<?> page = as.akimatKaraganda(() -> review.inbox(q, offset, 20));
            inbox[i] = (System.nanoTime() - t0) / 1e6;
            total = Math.max(total, page.total());
        }

        String result = String.format(Locale.ROOT, """
                Qaldyq filing benchmark (server side, in WildFly, PostgreSQL; %d reports seeded in %.1f s)
                  validate one waste-1 report with all its rules (incl. prior-year lookup), %d calls:
                    median %.2f ms   p95 %.2f ms   max %.2f ms   (goal: p95 under 50 ms)
                  akimat inbox page of 20 over %d reports in the region, 4 filter/sort variants, %d calls:
                    median %.2f ms   p95 %.2f ms   max %.2f ms   (goal: under 200 ms)
                """, ids.size(), seedSeconds, validate.length, pct(validate, 50), pct(validate, 95), pct(validate, 100),
                total, inbox.length, pct(inbox, 50), pct(inbox, 95), pct(inbox, 100));
        Path out = Path.of(System.getProperty("jboss.server.base.dir"), "benchmark-results.txt");
        Files.writeString(out, result, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        System.out.println(result);
    }

    /** 20,000 waste-1 reports of 4,000 collectors over five years in Karaganda region, with realistic lines, in SQL. */
    private List<Long> seed() throws SQLException, IOException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    insert into organisation (id, bin, name_kk, name_ru, name_en, kato_code, created_by, demo)
                    select 5000000 + g, lpad((800000000000 + g)::text, 12, '0'), 'Бенчмарк ' || g, 'Бенчмарк ' || g, 'Benchmark ' || g,
                           '350000000', 'benchmark', false
                    from generate_series(1, 4000) g on conflict do nothing""");
            s.execute("""
                    insert into report (id, form_version_id, form_code, organisation_id, reporting_year, region_code, status, created_at,
                                        created_by, updated_at, updated_by, submitted_at, submitted_by, late, lock_version)
                    select 5000000 + (o - 1) * 5 + y, 1, 'waste-1', 5000000 + o, 2019 + y, '350000000',
                           (array['APPROVED','SUBMITTED','UNDER_REVIEW','RETURNED','DRAFT'])[1 + (o + y) % 5],
                           now() - (o || ' minutes')::interval, 'benchmark', now(), 'benchmark', now() - (o || ' minutes')::interval,
                           'benchmark', (o % 7 = 0), 0
                    from generate_series(1, 4000) o, generate_series(1, 5) y on conflict do nothing""");
            s.execute("""
                    insert into report_value (report_id, line_code, value)
                    select r.id, l.code, round((100 + (r.id % 97)) * l.factor, 3)
                    from report r,
                         (values ('100', 10.0), ('101', 6.0), ('102', 2.0), ('103', 1.0), ('104', 1.0),
                                 ('200', 10.0), ('201', 8.0), ('202', 1.5), ('203', 0.5), ('300', 1000.0)) l(code, factor)
                    where r.id > 5000000 on conflict do nothing""");
            s.execute("""
                    insert into report_detail_row (id, report_id, table_code, sort_order, facility_id, counterparty_name, category, tonnes)
                    select 5000000 + r.id - 5000000, r.id, 'deliveries', 0, 1, 'Karaganda MSW landfill', 'LANDFILL',
                           round((100 + (r.id % 97)) * 8.0, 3)
                    from report r where r.id > 5000000 on conflict do nothing""");
            s.execute("analyze");
        }
        List<Long> ids = new ArrayList<>();
        for (long i = 1; i <= REPORTS; i++) {
            ids.add(5000000 + i);
        }
        return ids;
    }

    private static double pct(double[] values, int percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
