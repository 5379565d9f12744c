package kz.qaldyq.validation;

import static kz.qaldyq.validation.Findings.assertNone;
import static kz.qaldyq.validation.Findings.assertSingle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Capacity load: waste-2 line 500 / design capacity &gt; 100 % is a WARNING. */
class RatioToHeaderCheckTest {

    private static final RuleEngine ENGINE = new RuleEngine();
    private static final FormSpec CAPACITY = only("w2-capacity");

    static FormSpec only(String ruleId) {
        FormSpec waste2 = Forms.waste2();
        return new FormSpec("waste-2", "2025", waste2.lines(),
                waste2.rules().stream().filter(r -> r.id().equals(ruleId)).toList());
    }

    private static List<RuleResult> received(String line500, String designCapacity) {
        Map<String, String> header = new HashMap<>();
        header.put("designCapacity", designCapacity);
        return ENGINE.validate(CAPACITY,
                new ReportData(Forms.values("500", line500), List.of(), header, Map.of()));
    }

    @Test
    void exactlyFullCapacityPasses() {
        assertNone(received("450000", "450000"));
    }

    @Test
    void aKilogramOverCapacityIsAWarningOnLine500() {
        RuleResult r = assertSingle(received("450000.001", "450000"), "w2-capacity", Severity.WARNING, "500");
        assertEquals("Waste received (450,000.001 t) is 100.0 % of the design capacity (450,000.000 t).",
                r.message().en());
        r = assertSingle(received("562500", "450000"), "w2-capacity", Severity.WARNING, "500");
        assertEquals("Қабылданған қалдықтар (562 500,000 т) жобалық қуаттың (450 000,000 т) 125,0 %-ын құрайды.",
                r.message().kk());
    }

    @Test
    void groupingSpacesInTheHeaderAreTolerated() {
        assertSingle(received("450001", "450 000"), "w2-capacity", Severity.WARNING, "500");
    }

    @Test
    void skippedWithoutAUsableCapacityOrWithoutTheLine() {
        assertNone(received("999999", null));
        assertNone(received("999999", "0"));
        assertNone(received("999999", "-5"));
        assertNone(received("999999", "unknown"));
        assertNone(received(null, "450000"));
    }

    @Test
    void maxPercentIsRequired() {
        FormSpec form = Forms.form(Forms.lines("500"), RuleSpec.of("cap", RuleKind.RATIO_TO_HEADER, Severity.WARNING,
                Forms.message("x"), "line", "500", "header", "designCapacity"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ENGINE.check(form));
        assertTrue(e.getMessage().contains("Rule 'cap'") && e.getMessage().contains("'maxPercent' is required"),
                e.getMessage());
    }
}
