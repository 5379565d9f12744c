package kz.qaldyq.validation;

import static kz.qaldyq.validation.Findings.assertNone;
import static kz.qaldyq.validation.Findings.assertSingle;
import static kz.qaldyq.validation.Findings.summary;
import static kz.qaldyq.validation.Forms.form;
import static kz.qaldyq.validation.Forms.lines;
import static kz.qaldyq.validation.Forms.message;
import static kz.qaldyq.validation.Forms.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequiredCheckTest {

    private static final RuleEngine ENGINE = new RuleEngine();
    private static final FormSpec FORM = form(lines("100", "101", "102", "103"),
            RuleSpec.of("req", RuleKind.REQUIRED, Severity.WARNING, message("Fill in {line} ({label})."),
                    "lines", "100, 102-103"));

    @Test
    void zeroCountsAsFilledIn() {
        assertNone(ENGINE.validate(FORM, report("100", "0", "102", "0", "103", "1")));
    }

    @Test
    void anAbsentLineIsReportedWithTheRuleSeverity() {
        RuleResult r = assertSingle(ENGINE.validate(FORM, report("100", "0", "103", "1")), "req", Severity.WARNING,
                "102");
        assertEquals("Fill in 102 (line 102).", r.message().en());
    }

    @Test
    void aNullValueIsAnEmptyLineAndUnlistedLinesAreNotRequired() {
        assertEquals(List.of("WARNING 100 req", "WARNING 102 req", "WARNING 103 req"),
                summary(ENGINE.validate(FORM, report("100", null))));
    }
}
