package kz.qaldyq.validation;

import static kz.qaldyq.validation.Findings.assertNone;
import static kz.qaldyq.validation.Findings.assertSingle;
import static kz.qaldyq.validation.Findings.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "Did you enter kilograms?": value / prior within [900, 1100] or [1/1100, 1/900] fires. The band's ends belong to
 * it, so here the boundary case fires and the case just outside passes.
 */
class MagnitudePriorYearCheckTest {

    private static final RuleEngine ENGINE = new RuleEngine();
    private static final FormSpec FORM = Forms.form(List.of(Forms.t("101"), Forms.t("102"),
                    new LineSpec("300", new Text(null, null, "population"), "persons")),
            RuleSpec.of("kg", RuleKind.MAGNITUDE_PRIOR_YEAR, Severity.WARNING, Forms.MAGNITUDE_MESSAGE,
                    "lines", "*"));

    private static List<RuleResult> check(String value, String prior) {
        return ENGINE.validate(FORM,
                new ReportData(Forms.values("101", value), List.of(), Map.of(), Forms.values("101", prior)));
    }

    @Test
    void nineHundredAndElevenHundredTimesAreInsideTheBand() {
        RuleResult r = assertSingle(check("2250", "2.5"), "kg", Severity.WARNING, "101");
        assertEquals("Line 101: 2,250.000 t is about 900.0 × last year's 2.500 t. Did you enter kilograms?",
                r.message().en());
        assertSingle(check("2750", "2.5"), "kg", Severity.WARNING, "101");
    }

    @Test
    void justOutsideTheBandPasses() {
        assertNone(check("2249.999", "2.5"));
        assertNone(check("2750.001", "2.5"));
        assertNone(check("2.6", "2.5"));
    }

    @Test
    void aThousandthOfLastYearIsAlsoCaught() {
        RuleResult r = assertSingle(check("1", "1100"), "kg", Severity.WARNING, "101");
        assertEquals("Строка 101: 1,000 т — это примерно 0,000909 × прошлогодних 1 100,000 т. Не указаны ли килограммы?",
                r.message().ru());
        assertSingle(check("1", "900"), "kg", Severity.WARNING, "101");
        assertNone(check("0.999", "1100"));
        assertNone(check("1.001", "900"));
    }

    @Test
    void skippedWithoutAPositivePriorOrWithoutAValue() {
        assertNone(check("2250", null));
        assertNone(check("2250", "0"));
        assertNone(check(null, "2.5"));
        assertNone(check("0", "2.5"));
    }

    @Test
    void starTakesOnlyLinesInTonnesAndTheBandIsAParam() {
        ReportData persons = new ReportData(Forms.values("300", "5000"), List.of(), Map.of(),
                Forms.values("300", "5"));
        assertNone(ENGINE.validate(FORM, persons));

        FormSpec band = Forms.form(Forms.lines("101", "102"), RuleSpec.of("kg", RuleKind.MAGNITUDE_PRIOR_YEAR,
                Severity.INFO, Forms.message("x"), "lines", "101-102", "low", "990", "high", "1010"));
        ReportData both = new ReportData(Forms.values("101", "1000", "102", "989"), List.of(), Map.of(),
                Forms.values("101", "1", "102", "1"));
        assertEquals(List.of("INFO 101 kg"), summary(ENGINE.validate(band, both)));
    }

    @Test
    void anInvertedBandIsRefused() {
        FormSpec band = Forms.form(Forms.lines("101"), RuleSpec.of("kg", RuleKind.MAGNITUDE_PRIOR_YEAR,
                Severity.INFO, Forms.message("x"), "lines", "101", "low", "1100", "high", "900"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ENGINE.check(band));
        assertTrue(e.getMessage().contains("Rule 'kg'") && e.getMessage().contains("0 < low <= high"),
                e.getMessage());
    }
}
