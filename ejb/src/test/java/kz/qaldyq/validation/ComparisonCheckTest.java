package kz.qaldyq.validation;

import static kz.qaldyq.validation.Findings.assertNone;
import static kz.qaldyq.validation.Findings.assertSingle;
import static kz.qaldyq.validation.Forms.form;
import static kz.qaldyq.validation.Forms.lines;
import static kz.qaldyq.validation.Forms.message;
import static kz.qaldyq.validation.Forms.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonCheckTest {

    private static final RuleEngine ENGINE = new RuleEngine();

    /** waste-1: line 200 = line 100 within 0.5 % (WARNING above, ERROR above 5 %). */
    private static final FormSpec WASTE_1 = Forms.waste1();
    private static final FormSpec WASTE_2 = Forms.waste2();

    private static List<RuleResult> passedOnVsCollected(String line200, String line100) {
        FormSpec only = new FormSpec("waste-1", "2025", WASTE_1.lines(),
                WASTE_1.rules().stream().filter(r -> r.id().equals("w1-passed-on-vs-collected")).toList());
        return ENGINE.validate(only, report("200", line200, "100", line100));
    }

    @Test
    void exactlyHalfAPercentOfTheLargerSidePasses() {
        assertNone(passedOnVsCollected("995", "1000"));
        assertNone(passedOnVsCollected("1000", "995"));
        assertNone(passedOnVsCollected("1005", "1000"));
    }

    @Test
    void justAboveHalfAPercentIsAWarningOnLine200() {
        RuleResult r = assertSingle(passedOnVsCollected("994.999", "1000"), "w1-passed-on-vs-collected",
                Severity.WARNING, "200");
        assertEquals("Waste passed on (994.999 t) differs from waste collected (1,000.000 t) by 0.5 % (limit 0.5 %).",
                r.message().en());
    }

    @Test
    void upToFivePercentStaysAWarningAndAboveItBecomesAnError() {
        RuleResult atFive = assertSingle(passedOnVsCollected("950", "1000"), "w1-passed-on-vs-collected",
                Severity.WARNING, "200");
        assertEquals("Передано отходов (950,000 т) на 5,0 % отличается от собранного (1 000,000 т), допуск 0,5 %.",
                atFive.message().ru());
        RuleResult beyond = assertSingle(passedOnVsCollected("949.999", "1000"), "w1-passed-on-vs-collected",
                Severity.ERROR, "200");
        assertEquals("Передано отходов (949,999 т) на 5,0 % отличается от собранного (1 000,000 т), допуск 5,0 %.",
                beyond.message().ru());
        assertSingle(passedOnVsCollected("1053", "1000"), "w1-passed-on-vs-collected", Severity.ERROR, "200");
    }

    @Test
    void anEmptySideCountsAsZeroButTwoEmptySidesAreSkipped() {
        assertSingle(passedOnVsCollected(null, "1000"), "w1-passed-on-vs-collected", Severity.ERROR, "200");
        assertNone(passedOnVsCollected(null, null));
        assertNone(passedOnVsCollected("0", "0"));
    }

    private static List<RuleResult> waste2(String ruleId, Map<String, String> values) {
        FormSpec only = new FormSpec("waste-2", "2025", WASTE_2.lines(),
                WASTE_2.rules().stream().filter(r -> r.id().equals(ruleId)).toList());
        String[] pairs = values.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                .toArray(String[]::new);
        return ENGINE.validate(only, report(pairs));
    }

    @Test
    void massBalanceWithinOnePercentPassesAndBeyondIsAWarningOnTheLineNamedInParams() {
        assertNone(waste2("w2-mass-balance", Map.of("400", "100", "500", "900", "620", "900", "700", "90")));
        RuleResult r = assertSingle(
                waste2("w2-mass-balance", Map.of("400", "100", "500", "900", "620", "900", "700", "89.999")),
                "w2-mass-balance", Severity.WARNING, "700");
        assertEquals("Mass balance: lines 400,500 (1,000.000 t) differ from lines 610,611,612,620,621,700 "
                + "(989.999 t) by 1.0 %.", r.message().en());
        // The tolerance is relative to the larger side: 10 t over 1 010 t is below 1 %.
        assertNone(waste2("w2-mass-balance", Map.of("400", "100", "500", "900", "620", "1010")));
        assertSingle(waste2("w2-mass-balance", Map.of("400", "100", "500", "900", "620", "1010.11")),
                "w2-mass-balance", Severity.WARNING, "700");
    }

    @Test
    void lessOrEqualWithRangesPointsAtTheFirstLeftLineByDefault() {
        assertNone(waste2("w2-fractions-within-sorted", Map.of("600", "100", "601", "60", "606", "40")));
        assertNone(waste2("w2-fractions-within-sorted", Map.of("600", "100", "601", "10")));
        RuleResult r = assertSingle(
                waste2("w2-fractions-within-sorted", Map.of("600", "100", "601", "60", "606", "40.001")),
                "w2-fractions-within-sorted", Severity.ERROR, "601");
        assertEquals("Lines 601-606 (100.001 t) cannot exceed lines 600 (100.000 t).", r.message().en());
        assertSingle(waste2("w2-sorted-within-input", Map.of("400", "10", "500", "90", "600", "100.001")),
                "w2-sorted-within-input", Severity.ERROR, "600");
        assertNone(waste2("w2-sorted-within-input", Map.of("400", "10", "500", "90", "600", "100")));
    }

    @Test
    void greaterOrEqualWithATolerance() {
        FormSpec form = form(lines("1", "2"), RuleSpec.of("ge", RuleKind.COMPARISON, Severity.INFO,
                message("{value} vs {expected}: {difference} short, {percent} % > {limit} %"),
                "left", "1", "right", "2", "operator", "GE", "tolerancePercent", "1"));
        assertNone(ENGINE.validate(form, report("1", "200", "2", "100")));
        assertNone(ENGINE.validate(form, report("1", "99", "2", "100")));
        RuleResult r = assertSingle(ENGINE.validate(form, report("1", "98.999", "2", "100")), "ge", Severity.INFO,
                "1");
        assertEquals("98.999 vs 100.000: 1.001 short, 1.0 % > 1.0 %", r.message().en());
    }

    @Test
    void zeroToleranceFiresOnAnyDifference() {
        FormSpec form = form(lines("1", "2"), RuleSpec.of("eq", RuleKind.COMPARISON, Severity.ERROR, message("x"),
                "left", "1", "right", "2", "operator", "EQ"));
        assertNone(ENGINE.validate(form, report("1", "5.000", "2", "5")));
        assertSingle(ENGINE.validate(form, report("1", "5.0001", "2", "5")), "eq", Severity.ERROR, "1");
    }

    @Test
    void brokenParamsAreRefusedNamingTheRule() {
        assertRefused("operator", "NE", "operator must be EQ, LE or GE");
        assertRefused("errorAbovePercent", "0.1", "is below tolerancePercent");
        assertRefused("right", "1", "line '1' is on both sides");
        assertRefused("line", "9", "names line '9'");
        assertRefused("tolerancePercent", "½", "is not a number");
    }

    private static void assertRefused(String param, String value, String problem) {
        java.util.Map<String, String> params = new java.util.HashMap<>(Map.of("left", "1", "right", "2",
                "operator", "EQ", "tolerancePercent", "0.5"));
        params.put(param, value);
        FormSpec form = form(lines("1", "2"),
                new RuleSpec("cmp", RuleKind.COMPARISON, Severity.WARNING, params, message("x")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ENGINE.check(form));
        assertTrue(e.getMessage().startsWith("Rule 'cmp' (COMPARISON)"), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }
}
