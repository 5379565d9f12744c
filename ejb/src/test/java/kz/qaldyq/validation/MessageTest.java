package kz.qaldyq.validation;

import static kz.qaldyq.validation.Findings.assertSingle;
import static kz.qaldyq.validation.Forms.form;
import static kz.qaldyq.validation.Forms.lines;
import static kz.qaldyq.validation.Forms.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageTest {

    private static final RuleEngine ENGINE = new RuleEngine();

    private static FormSpec waste1Rule(String id) {
        FormSpec waste1 = Forms.waste1();
        return new FormSpec("waste-1", "2025", waste1.lines(),
                waste1.rules().stream().filter(r -> r.id().equals(id)).toList());
    }

    @Test
    void sumOfPartsInThreeLanguages() {
        RuleResult r = assertSingle(ENGINE.validate(waste1Rule("w1-sum-100"), report("100", "1234.5", "101", "1230")),
                "w1-sum-100", Severity.ERROR, "100");
        assertEquals("100 жол (1 234,500 т) 101-114 жолдарының сомасына (1 230,000 т) тең емес.", r.message().kk());
        assertEquals("Строка 100 (1 234,500 т) не равна сумме строк 101-114 (1 230,000 т).", r.message().ru());
        assertEquals("Line 100 (1,234.500 t) is not the sum of lines 101-114 (1,230.000 t).", r.message().en());
    }

    @Test
    void labelsAndUnitsFollowTheLanguageAndCountsHaveNoDecimals() {
        RuleResult r = assertSingle(ENGINE.validate(waste1Rule("w1-non-negative"), report("300", "-12345")),
                "w1-non-negative", Severity.ERROR, "300");
        assertEquals("300 жол (Қызмет көрсетілетін халық): -12 345 адам — мән теріс болмауы керек.",
                r.message().kk());
        assertEquals("Строка 300 (Обслуживаемое население): -12 345 чел. — значение не может быть отрицательным.",
                r.message().ru());
        assertEquals("Line 300 (Population served): -12,345 persons — a quantity cannot be negative.",
                r.message().en());
    }

    @Test
    void percentagesHaveOneDecimalRoundedHalfUp() {
        // 52.5 t short of 1 000 t is 5.25 %, shown as 5.3; above 5 % the rule escalates to ERROR.
        RuleResult r = assertSingle(ENGINE.validate(waste1Rule("w1-passed-on-vs-collected"),
                report("100", "1000", "200", "947.5")), "w1-passed-on-vs-collected", Severity.ERROR, "200");
        assertEquals("Берілген қалдықтар (947,500 т) жиналғаннан (1 000,000 т) 5,3 %-ға өзгеше (шегі 5,0 %).",
                r.message().kk());
        assertEquals("Передано отходов (947,500 т) на 5,3 % отличается от собранного (1 000,000 т), допуск 5,0 %.",
                r.message().ru());
        assertEquals("Waste passed on (947.500 t) differs from waste collected (1,000.000 t) by 5.3 % (limit 5.0 %).",
                r.message().en());
    }

    @Test
    void largeValuesAreGroupedWithPlainSpacesAndRoundedToTheKilogram() {
        FormSpec form = form(lines("100"), new RuleSpec("v", RuleKind.NON_NEGATIVE, Severity.ERROR,
                java.util.Map.of("lines", "100"), new Text("{value}", "{value} {unit}", "{value} {unit}")));
        RuleResult r = ENGINE.validate(form, report("100", "-1234567.8915")).get(0);
        assertEquals("-1 234 567,892", r.message().kk());
        assertEquals("-1 234 567,892 т", r.message().ru());
        assertEquals("-1,234,567.892 t", r.message().en());
        assertFalse(r.message().ru().contains("\u00A0"));
        r = ENGINE.validate(form, report("100", "-0.5")).get(0);
        assertEquals("-0,500", r.message().kk());
    }

    @Test
    void unknownPlaceholdersStayAndPlaceholdersWithoutAFigureAreEmptied() {
        FormSpec form = form(lines("100"), RuleSpec.of("v", RuleKind.NON_NEGATIVE, Severity.ERROR,
                Forms.message("{line}: {value}, prior [{prior}], {foo}, {{line}, {value"), "lines", "100"));
        RuleResult r = ENGINE.validate(form, report("100", "-1")).get(0);
        assertEquals("100: -1.000, prior [], {foo}, {100, {value", r.message().en());
    }

    @Test
    void aMissingTranslationFallsBackToTheRussianMessageWithItsFigures() {
        FormSpec form = form(lines("100"), RuleSpec.of("v", RuleKind.NON_NEGATIVE, Severity.ERROR,
                new Text(null, "Строка {line}: {value} т", "Line {line}: {value} t"), "lines", "100"));
        RuleResult r = ENGINE.validate(form, report("100", "-1500")).get(0);
        assertNull(r.message().kk());
        assertEquals("Строка 100: -1 500,000 т", r.message().in("kk"));
        assertEquals("Line 100: -1,500.000 t", r.message().in("en"));
    }

    @Test
    void aMissingLabelFallsBackLikeAnyText() {
        FormSpec form = form(List.of(new LineSpec("100", new Text(null, "Всего", "Total"), "t")),
                RuleSpec.of("v", RuleKind.REQUIRED, Severity.ERROR, new Text("{label}", "{label}", "{label}"),
                        "lines", "100"));
        RuleResult r = ENGINE.validate(form, report()).get(0);
        assertEquals(new Text("Всего", "Всего", "Total"), r.message());
    }

    @Test
    void textFallsBackToRussianThenEnglish() {
        Text all = new Text("қазақша", "по-русски", "in English");
        assertEquals("қазақша", all.in("kk"));
        assertEquals("қазақша", all.in("kk-KZ"));
        assertEquals("in English", all.in("EN"));
        assertEquals("по-русски", all.in("ru"));
        assertEquals("по-русски", all.in("de"));
        assertEquals("по-русски", all.in(null));
        assertEquals("по-русски", new Text(" ", "по-русски", "in English").in("kk"));
        assertEquals("in English", new Text(null, null, "in English").in("kk"));
        assertEquals("қазақша", new Text("қазақша", null, null).in("en"));
        assertNull(new Text(null, null, null).in("ru"));
    }
}
