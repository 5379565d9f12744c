package kz.qaldyq.validation;

import static kz.qaldyq.validation.Findings.assertNone;
import static kz.qaldyq.validation.Findings.assertSingle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A respondent new this year with a large share of its region's total of last year: at the threshold, beyond it, below it. */
class NewRespondentShareCheckTest {

    private static final RuleEngine ENGINE = new RuleEngine();
    private static final Text MESSAGE = new Text("Жаңа: {line} жол {value} т, өңір {expected} т, {percent} % (шегі {limit} %).",
            "Новый: строка {line} {value} т, регион {expected} т, {percent} % (порог {limit} %).",
            "New: line {line} {value} t, region {expected} t, {percent} % (threshold {limit} %).");
    private static final FormSpec FORM = Forms.form(List.of(Forms.t("100"), Forms.t("101")),
            RuleSpec.of("new-share", RuleKind.NEW_RESPONDENT_SHARE, Severity.WARNING, MESSAGE, "line", "100", "share", "0.3"));

    private static List<RuleResult> check(String value, Map<String, BigDecimal> prior, Map<String, BigDecimal> region) {
        return ENGINE.validate(FORM, new ReportData(Forms.values("100", value), List.of(), Map.of(), prior).withRegionPrior(region));
    }

    @Test
    void aNewcomerWithAThirdOfTheRegionIsFlaggedExactlyAtTheThresholdAndAbove() {
        Map<String, BigDecimal> region = Forms.values("100", "10000");
        RuleResult at = assertSingle(check("3000", Map.of(), region), "new-share", Severity.WARNING, "100");
        assertEquals("New: line 100 3,000.000 t, region 10,000.000 t, 30.0 % (threshold 30.0 %).", at.message().en());
        assertEquals("Новый: строка 100 3 000,000 т, регион 10 000,000 т, 30,0 % (порог 30,0 %).", at.message().ru());
        assertEquals("Жаңа: 100 жол 3 000,000 т, өңір 10 000,000 т, 30,0 % (шегі 30,0 %).", at.message().kk());
        assertSingle(check("25000", Map.of(), region), "new-share", Severity.WARNING, "100");
    }

    @Test
    void aNewcomerJustBelowTheThresholdIsSilent() {
        assertNone(check("2999.999", Map.of(), Forms.values("100", "10000")));
    }

    @Test
    void aRespondentWithLastYearsFiguresIsNeverANewcomer() {
        assertNone(check("9000", Forms.values("100", "8500"), Forms.values("100", "10000")));
    }

    @Test
    void withoutARegionalTotalOfLastYearThereIsNothingToBeAShareOf() {
        assertNone(check("9000", Map.of(), Map.of()));
        assertNone(check("9000", Map.of(), Forms.values("100", "0")));
        assertNone(check("9000", Map.of(), Forms.values("101", "10000")));
        assertNone(ENGINE.validate(FORM, new ReportData(Forms.values("101", "5"), List.of(), Map.of(), Map.of()).withRegionPrior(Forms.values("100", "10"))));
    }

    @Test
    void aShareOutsideZeroToOneOrAnUnknownLineIsRefusedWhenTheFormIsLoaded() {
        for (String share : new String[] {"0", "1.5", "abc"}) {
            FormSpec broken = Forms.form(List.of(Forms.t("100")),
                    RuleSpec.of("bad", RuleKind.NEW_RESPONDENT_SHARE, Severity.WARNING, MESSAGE, "line", "100", "share", share));
            assertThrows(IllegalArgumentException.class, () -> ENGINE.check(broken), share);
        }
        FormSpec noLine = Forms.form(List.of(Forms.t("100")),
                RuleSpec.of("bad", RuleKind.NEW_RESPONDENT_SHARE, Severity.WARNING, MESSAGE, "line", "500", "share", "0.3"));
        assertThrows(IllegalArgumentException.class, () -> ENGINE.check(noLine));
    }
}
