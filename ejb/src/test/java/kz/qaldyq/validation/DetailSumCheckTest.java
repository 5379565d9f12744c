package kz.qaldyq.validation;

import static kz.qaldyq.validation.Findings.assertNone;
import static kz.qaldyq.validation.Findings.assertSingle;
import static kz.qaldyq.validation.Forms.DELIVERIES;
import static kz.qaldyq.validation.Forms.SUPPLIERS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DetailSumCheckTest {

    private static final RuleEngine ENGINE = new RuleEngine();
    /** waste-2 section 5: the suppliers add up to line 501 within the default 0.5 %. */
    private static final FormSpec SUPPLIERS_FORM = RatioToHeaderCheckTest.only("w2-s5-501");

    private static List<RuleResult> suppliers(String line501, String... tonnes) {
        List<DetailRow> rows = new ArrayList<>();
        for (int i = 0; i < tonnes.length; i++) {
            rows.add(new DetailRow(SUPPLIERS, "BIN" + i, null, tonnes[i] == null ? null : new BigDecimal(tonnes[i])));
        }
        return ENGINE.validate(SUPPLIERS_FORM, new ReportData(Forms.values("501", line501), rows, Map.of(), Map.of()));
    }

    @Test
    void halfAPercentOfTheLineEitherWayPasses() {
        assertNone(suppliers("1000", "600", "405"));
        assertNone(suppliers("1000", "600", "395"));
    }

    @Test
    void justBeyondHalfAPercentIsAnErrorOnTheLine() {
        RuleResult r = assertSingle(suppliers("1000", "600", "405.001"), "w2-s5-501", Severity.ERROR, "501");
        assertEquals("Section 5 suppliers (1,005.001 t) do not match line 501 (1,000.000 t).", r.message().en());
        assertSingle(suppliers("1000", "600", "394.999"), "w2-s5-501", Severity.ERROR, "501");
    }

    @Test
    void aLineWithoutRowsIsComparedWithZero() {
        assertSingle(suppliers("1000"), "w2-s5-501", Severity.ERROR, "501");
    }

    @Test
    void anEmptyOrZeroLineFiresOnAnyNonZeroSum() {
        assertSingle(suppliers(null, "0.001"), "w2-s5-501", Severity.ERROR, "501");
        assertSingle(suppliers("0", "0.001"), "w2-s5-501", Severity.ERROR, "501");
        assertNone(suppliers("0", "0"));
        assertNone(suppliers(null, (String) null));
    }

    @Test
    void skippedWhenThereAreNoRowsAndTheLineIsEmpty() {
        assertNone(suppliers(null));
    }

    @Test
    void onlyRowsOfTheTableAndCategoryCount() {
        FormSpec waste1 = Forms.waste1();
        FormSpec landfills = new FormSpec("waste-1", "2025", waste1.lines(),
                waste1.rules().stream().filter(r -> r.id().equals("w1-s4-201")).toList());
        List<DetailRow> rows = List.of(
                new DetailRow(DELIVERIES, "LF-1", "LANDFILL", new BigDecimal("150")),
                new DetailRow(DELIVERIES, "LF-2", "LANDFILL", new BigDecimal("50")),
                new DetailRow(DELIVERIES, "SR-1", "SORTING", new BigDecimal("30")),
                new DetailRow(SUPPLIERS, "LF-1", "LANDFILL", new BigDecimal("70")));
        assertNone(ENGINE.validate(landfills, new ReportData(Forms.values("201", "200"), rows, Map.of(), Map.of())));
        RuleResult r = assertSingle(
                ENGINE.validate(landfills, new ReportData(Forms.values("201", "201.1"), rows, Map.of(), Map.of())),
                "w1-s4-201", Severity.ERROR, "201");
        assertEquals("Поставки раздела 4 вида LANDFILL (200,000 т) не совпадают со строкой 201 (201,100 т).",
                r.message().ru());
    }
}
