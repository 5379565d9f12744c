package kz.qaldyq.validation;

import static kz.qaldyq.validation.Findings.assertNone;
import static kz.qaldyq.validation.Findings.assertSingle;
import static kz.qaldyq.validation.Findings.summary;
import static kz.qaldyq.validation.Forms.form;
import static kz.qaldyq.validation.Forms.message;
import static kz.qaldyq.validation.Forms.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NonNegativeCheckTest {

    private static final RuleEngine ENGINE = new RuleEngine();
    private static final List<LineSpec> LINES = List.of(Forms.t("100"), Forms.t("101"),
            new LineSpec("300", new Text(null, "население", "population"), "persons"));
    private static final FormSpec ALL = form(LINES,
            RuleSpec.of("nn", RuleKind.NON_NEGATIVE, Severity.ERROR, message("{line} < 0"), "lines", "*"));

    @Test
    void zeroIsTheBoundaryAndPasses() {
        assertNone(ENGINE.validate(ALL, report("100", "0", "101", "0.000", "300", "0")));
    }

    @Test
    void theSmallestNegativeAmountIsAnErrorOnItsLine() {
        RuleResult r = assertSingle(ENGINE.validate(ALL, report("100", "5", "101", "-0.001")), "nn",
                Severity.ERROR, "101");
        assertEquals("101 < 0", r.message().en());
    }

    @Test
    void starCoversEveryLineWhateverItsUnitAndGivesOneResultPerNegativeLine() {
        assertEquals(List.of("ERROR 100 nn", "ERROR 300 nn"),
                summary(ENGINE.validate(ALL, report("100", "-1", "101", "2", "300", "-40"))));
    }

    @Test
    void emptyLinesAndUnlistedLinesAreSkipped() {
        FormSpec only100 = form(LINES,
                RuleSpec.of("nn", RuleKind.NON_NEGATIVE, Severity.ERROR, message("x"), "lines", "100"));
        assertNone(ENGINE.validate(only100, report("101", "-3", "300", "-1")));
        Map<String, BigDecimal> withNull = Forms.values("100", null);
        assertNone(ENGINE.validate(only100, ReportData.of(withNull)));
    }
}
