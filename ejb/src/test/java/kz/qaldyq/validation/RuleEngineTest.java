package kz.qaldyq.validation;

import static kz.qaldyq.validation.Findings.assertNone;
import static kz.qaldyq.validation.Findings.summary;
import static kz.qaldyq.validation.Forms.form;
import static kz.qaldyq.validation.Forms.lines;
import static kz.qaldyq.validation.Forms.message;
import static kz.qaldyq.validation.Forms.report;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RuleEngineTest {

    private static final RuleEngine ENGINE = new RuleEngine();

    @Test
    void theVersion2025FormsAreWellFormed() {
        assertDoesNotThrow(() -> ENGINE.check(Forms.waste1()));
        assertDoesNotThrow(() -> ENGINE.check(Forms.waste2()));
        assertEquals(15, Forms.waste1().rules().size());
    }

    @Test
    void aConsistentWaste1ReportHasNoFinding() {
        assertNone(ENGINE.validate(Forms.waste1(), Forms.cleanWaste1()));
    }

    @Test
    void aConsistentWaste2ReportHasNoFinding() {
        assertNone(ENGINE.validate(Forms.waste2(), Forms.cleanWaste2()));
    }

    /** The clean waste-2 report with five mistakes of three severities on four lines. */
    static ReportData dirtyWaste2() {
        ReportData clean = Forms.cleanWaste2();
        Map<String, BigDecimal> values = new HashMap<>(clean.values());
        values.put("601", new BigDecimal("-1"));
        values.put("500", new BigDecimal("150000.5"));
        Map<String, BigDecimal> prior = new HashMap<>(clean.prior());
        prior.put("700", new BigDecimal("1.4"));
        return new ReportData(values, clean.details(), Map.of("landfillClass", "2", "designCapacity", "100000"),
                prior);
    }

    @Test
    void resultsComeErrorsFirstThenByLineThenByRule() {
        assertEquals(List.of(
                        "ERROR 500 w2-sum-500",
                        "ERROR 601 w2-non-negative",
                        "ERROR 620 w2-landfill-class",
                        "WARNING 500 w2-capacity",
                        "WARNING 700 w2-magnitude"),
                summary(ENGINE.validate(Forms.waste2(), dirtyWaste2())));
    }

    @Test
    void lineCodesSortAsNumbersAndFindingsOnNoLineComeLast() {
        // REQUIRED is swapped for a check that reports on the report as a whole.
        RuleCheck wholeReport = new RuleCheck() {
            @Override
            public RuleKind kind() {
                return RuleKind.REQUIRED;
            }

            @Override
            public Evaluator compile(RuleSpec rule, FormSpec form) {
                return (data, out) -> out.add(new RuleResult(rule.id(), rule.severity(), null, rule.message()));
            }
        };
        RuleEngine engine = new RuleEngine(List.of(new NonNegativeCheck(), wholeReport));
        FormSpec form = form(lines("99", "100", "1000"),
                RuleSpec.of("a-whole", RuleKind.REQUIRED, Severity.WARNING, message("x")),
                RuleSpec.of("b-neg", RuleKind.NON_NEGATIVE, Severity.WARNING, message("x"), "lines", "*"),
                RuleSpec.of("a-neg", RuleKind.NON_NEGATIVE, Severity.WARNING, message("x"), "lines", "100"),
                RuleSpec.of("c-err", RuleKind.NON_NEGATIVE, Severity.ERROR, message("x"), "lines", "1000"),
                RuleSpec.of("d-info", RuleKind.NON_NEGATIVE, Severity.INFO, message("x"), "lines", "99"));
        assertEquals(List.of(
                        "ERROR 1000 c-err",
                        "WARNING 99 b-neg",
                        "WARNING 100 a-neg",
                        "WARNING 100 b-neg",
                        "WARNING 1000 b-neg",
                        "WARNING null a-whole",
                        "INFO 99 d-info"),
                summary(engine.validate(form, report("99", "-1", "100", "-1", "1000", "-1"))));
    }

    @Test
    void everyBrokenRuleOfAFormIsReportedAtOnce() {
        List<LineSpec> lines = new ArrayList<>(lines("100", "101"));
        lines.add(Forms.t("101"));
        FormSpec broken = new FormSpec("waste-x", "2026", lines, List.of(
                RuleSpec.of("ok", RuleKind.NON_NEGATIVE, Severity.ERROR, message("x"), "lines", "*"),
                RuleSpec.of("bad-line", RuleKind.REQUIRED, Severity.ERROR, message("x"), "lines", "100,115"),
                RuleSpec.of("no-lines", RuleKind.REQUIRED, Severity.ERROR, message("x")),
                RuleSpec.of("ok", RuleKind.REQUIRED, Severity.ERROR, message("x"), "lines", "100")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ENGINE.check(broken));
        assertEquals("""
                Form waste-x/2026 has 4 problems:
                - Form waste-x/2026 has line '101' twice
                - Rule 'bad-line' (REQUIRED) of form waste-x/2026: param 'lines' names line '115', which the form does not have
                - Rule 'no-lines' (REQUIRED) of form waste-x/2026: param 'lines' is required
                - Form waste-x/2026 has rule id 'ok' twice""", e.getMessage());
        assertEquals(4, e.getSuppressed().length);
        assertThrows(IllegalArgumentException.class, () -> ENGINE.validate(broken, report()));
    }

    @Test
    void aKindWithoutACheckIsRefused() {
        RuleEngine engine = new RuleEngine(List.of(new NonNegativeCheck()));
        FormSpec form = form(lines("1"), RuleSpec.of("r", RuleKind.REQUIRED, Severity.ERROR, message("x"),
                "lines", "1"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> engine.check(form));
        assertEquals("Rule 'r' of form test/1: no check for kind REQUIRED", e.getMessage());
    }

    @Test
    void aRuleSpecWithoutKindSeverityOrMessageNamesItsId() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RuleSpec("w1-x", null, Severity.ERROR, Map.of(), message("x")));
        assertEquals("Rule 'w1-x' has no kind", e.getMessage());
    }

    @Test
    void anEqualFormBuiltAgainValidatesTheSame() {
        List<RuleResult> first = ENGINE.validate(Forms.waste2(), dirtyWaste2());
        List<RuleResult> again = ENGINE.validate(Forms.waste2(), dirtyWaste2());
        assertEquals(first, again);
    }

    @Test
    void eightThreadsValidatingTheSameReportsGetTheSameAnswers() throws Exception {
        FormSpec waste1 = Forms.waste1();
        FormSpec waste2 = Forms.waste2();
        ReportData clean1 = Forms.cleanWaste1();
        ReportData dirty2 = dirtyWaste2();
        List<RuleResult> expected2 = ENGINE.validate(waste2, dirty2);
        RuleEngine fresh = new RuleEngine();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<Integer> task = () -> {
                    start.await();
                    int checked = 0;
                    for (int i = 0; i < 2_000; i++) {
                        // Alternating forms on a fresh engine races the first compilation and the cache.
                        assertEquals(expected2, fresh.validate(waste2, dirty2));
                        assertTrue(fresh.validate(waste1, clean1).isEmpty());
                        checked += 2;
                    }
                    return checked;
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> f : futures) {
                total += f.get(60, TimeUnit.SECONDS);
            }
            assertEquals(threads * 4_000, total);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void timingOfTenThousandWaste1Validations() {
        FormSpec waste1 = Forms.waste1();
        ReportData clean = Forms.cleanWaste1();
        Map<String, BigDecimal> wrong = new HashMap<>(clean.values());
        wrong.put("101", new BigDecimal("61250400"));
        wrong.put("200", new BigDecimal("85000"));
        ReportData dirty = new ReportData(wrong, clean.details(), clean.header(), clean.prior());
        assertEquals(4, ENGINE.validate(waste1, dirty).size());
        int n = 10_000;
        for (int warm = 0; warm < 3; warm++) {
            time(waste1, clean, n);
            time(waste1, dirty, n);
        }
        long cleanNanos = time(waste1, clean, n);
        long dirtyNanos = time(waste1, dirty, n);
        System.out.printf("waste-1, %d rules, %d validations: clean report %.1f ms (%.2f µs each), "
                        + "report with 4 findings %.1f ms (%.2f µs each)%n", waste1.rules().size(), n,
                cleanNanos / 1e6, cleanNanos / 1e3 / n, dirtyNanos / 1e6, dirtyNanos / 1e3 / n);
    }

    private static long time(FormSpec form, ReportData data, int n) {
        long start = System.nanoTime();
        int findings = 0;
        for (int i = 0; i < n; i++) {
            findings += ENGINE.validate(form, data).size();
        }
        long elapsed = System.nanoTime() - start;
        assertTrue(findings >= 0);
        return elapsed;
    }
}
