package kz.qaldyq.validation;

import static kz.qaldyq.validation.Findings.assertNone;
import static kz.qaldyq.validation.Findings.assertSingle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checks against prior years and per person: each at its threshold (silent) and just beyond it (fires). */
class PriorYearChecksTest {

    private static final RuleEngine ENGINE = new RuleEngine();
    private static final Text CHANGE = new Text("{line} жол: {value} т, өткен жылы {prior} т ({percent} %).",
            "Строка {line}: {value} т, в прошлом году {prior} т ({percent} %).", "Line {line}: {value} t, last year {prior} t ({percent} %).");
    private static final Text GONE = new Text("{line} жол өткен жылы {prior} т болды, биыл жоқ.",
            "Строка {line} в прошлом году была {prior} т, сейчас пуста.", "Line {line} was {prior} t last year and is empty now.");
    private static final Text PER_PERSON = new Text("Адам басына {ratio} кг.", "На человека {ratio} кг.", "{ratio} kg per person.");

    private static final FormSpec FORM = Forms.form(List.of(Forms.t("100"), Forms.t("101"),
                    new LineSpec("300", new Text(null, null, "population"), "persons")),
            RuleSpec.of("change-25", RuleKind.CHANGE_PRIOR_YEAR, Severity.WARNING, CHANGE, "lines", "*", "abovePercent", "25", "upToPercent", "50"),
            RuleSpec.of("change-50", RuleKind.CHANGE_PRIOR_YEAR, Severity.WARNING, CHANGE, "lines", "*", "abovePercent", "50", "acknowledge", "true"),
            RuleSpec.of("gone", RuleKind.DISAPPEARED_LINE, Severity.WARNING, GONE, "lines", "*"),
            RuleSpec.of("per-person", RuleKind.PER_CAPITA, Severity.WARNING, PER_PERSON,
                    "numerator", "100", "denominator", "300", "min", "100", "max", "600"));

    private static List<RuleResult> check(Map<String, java.math.BigDecimal> values, Map<String, java.math.BigDecimal> prior) {
        return ENGINE.validate(FORM, new ReportData(values, List.of(), Map.of(), prior));
    }

    @Test
    void aChangeOfExactly25PercentIsSilentJustAboveItAsksForAnExplanation() {
        assertNone(check(Forms.values("101", "125"), Forms.values("101", "100")));
        assertNone(check(Forms.values("101", "75"), Forms.values("101", "100")));
        RuleResult r = assertSingle(check(Forms.values("101", "125.001"), Forms.values("101", "100")), "change-25", Severity.WARNING, "101");
        assertEquals("Line 101: 125.001 t, last year 100.000 t (25.0 %).", r.message().en());
        assertEquals("Строка 101: 125,001 т, в прошлом году 100,000 т (25,0 %).", r.message().ru());
        assertEquals("101 жол: 125,001 т, өткен жылы 100,000 т (25,0 %).", r.message().kk());
    }

    @Test
    void aChangeOfExactly50PercentIsTheExplanationRuleJustAboveItTheAcknowledgementRule() {
        assertSingle(check(Forms.values("101", "150"), Forms.values("101", "100")), "change-25", Severity.WARNING, "101");
        assertSingle(check(Forms.values("101", "150.001"), Forms.values("101", "100")), "change-50", Severity.WARNING, "101");
        RuleResult fall = assertSingle(check(Forms.values("101", "40"), Forms.values("101", "100")), "change-50", Severity.WARNING, "101");
        assertEquals("Line 101: 40.000 t, last year 100.000 t (-60.0 %).", fall.message().en());
    }

    @Test
    void aLineReportedLastYearAndEmptyOrZeroNowIsFlagged() {
        assertSingle(check(Forms.values("100", "10"), Forms.values("100", "10", "101", "7")), "gone", Severity.WARNING, "101");
        RuleResult zero = assertSingle(check(Forms.values("100", "10", "101", "0"), Forms.values("100", "10", "101", "7")),
                "gone", Severity.WARNING, "101");
        assertEquals("Line 101 was 7.000 t last year and is empty now.", zero.message().en());
        assertNone(check(Forms.values("100", "10"), Forms.values("100", "10", "101", "0")));
        assertNone(check(Forms.values("101", "5"), Map.of()));
    }

    @Test
    void collectedWastePerPersonOutside100To600KgIsFlagged() {
        assertNone(check(Forms.values("100", "100", "300", "1000"), Map.of()));
        assertNone(check(Forms.values("100", "600", "300", "1000"), Map.of()));
        assertSingle(check(Forms.values("100", "99.999", "300", "1000"), Map.of()), "per-person", Severity.WARNING, "100");
        RuleResult low = assertSingle(check(Forms.values("100", "100", "300", "1001"), Map.of()), "per-person", Severity.WARNING, "100");
        assertEquals("99.9 kg per person.", low.message().en());
        assertSingle(check(Forms.values("100", "600.001", "300", "1000"), Map.of()), "per-person", Severity.WARNING, "100");
        assertNone(check(Forms.values("100", "600.001"), Map.of()));
        assertNone(check(Forms.values("100", "600.001", "300", "0"), Map.of()));
    }

    @Test
    void brokenThresholdsAreRefusedWhenTheFormIsLoaded() {
        FormSpec broken = Forms.form(List.of(Forms.t("101")),
                RuleSpec.of("bad", RuleKind.CHANGE_PRIOR_YEAR, Severity.WARNING, CHANGE, "lines", "*", "abovePercent", "50", "upToPercent", "25"));
        assertThrows(IllegalArgumentException.class, () -> ENGINE.check(broken));
    }
}
