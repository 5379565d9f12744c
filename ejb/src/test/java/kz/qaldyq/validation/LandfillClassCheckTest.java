package kz.qaldyq.validation;

import static kz.qaldyq.validation.Findings.assertNone;
import static kz.qaldyq.validation.Findings.assertSingle;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A facility that is not a class-3 landfill reports MSW burial (waste-2 line 620): ERROR. */
class LandfillClassCheckTest {

    private static final RuleEngine ENGINE = new RuleEngine();
    private static final FormSpec FORM = RatioToHeaderCheckTest.only("w2-landfill-class");

    private static List<RuleResult> buried(String line620, String landfillClass) {
        Map<String, String> header = new HashMap<>();
        header.put("landfillClass", landfillClass);
        return ENGINE.validate(FORM, new ReportData(Forms.values("620", line620), List.of(), header, Map.of()));
    }

    @Test
    void aClass3LandfillMayBury() {
        assertNone(buried("138000", "3"));
        assertNone(buried("138000", " 3 "));
    }

    @Test
    void noBurialIsTheBoundary() {
        assertNone(buried("0", "2"));
        RuleResult r = assertSingle(buried("0.001", "2"), "w2-landfill-class", Severity.ERROR, "620");
        assertEquals("Захоронение по строке 620 (0,001 т) допускается только на полигоне класса 3, класс объекта: 2.",
                r.message().ru());
    }

    @Test
    void burialWithoutADeclaredClassIsAnError() {
        RuleResult r = assertSingle(buried("10", null), "w2-landfill-class", Severity.ERROR, "620");
        assertEquals("Burial on line 620 (10.000 t) is only allowed at a class 3 landfill; the facility's class: .",
                r.message().en());
    }

    @Test
    void skippedWhenNothingIsReportedOnTheLine() {
        assertNone(buried(null, "1"));
    }

    @Test
    void theHeaderKeyAndSeveralClassesAreParams() {
        FormSpec form = Forms.form(Forms.lines("620"), RuleSpec.of("cls", RuleKind.LANDFILL_CLASS, Severity.ERROR,
                Forms.message("x"), "line", "620", "header", "class", "allowedClasses", "2, III"));
        ReportData iii = new ReportData(Forms.values("620", "5"), List.of(), Map.of("class", "iii"), Map.of());
        assertNone(ENGINE.validate(form, iii));
        ReportData wrongKey = new ReportData(Forms.values("620", "5"), List.of(), Map.of("landfillClass", "2"),
                Map.of());
        assertSingle(ENGINE.validate(form, wrongKey), "cls", Severity.ERROR, "620");
    }
}
