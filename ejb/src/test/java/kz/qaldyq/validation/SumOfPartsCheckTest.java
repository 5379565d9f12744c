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

import org.junit.jupiter.api.Test;

class SumOfPartsCheckTest {

    private static final RuleEngine ENGINE = new RuleEngine();
    private static final Text MESSAGE = message("{line}={value} parts {parts}={expected} diff {difference} limit {limit}");

    private static FormSpec sum(String total, String parts, String... more) {
        String[] params = new String[4 + more.length];
        params[0] = "total";
        params[1] = total;
        params[2] = "parts";
        params[3] = parts;
        System.arraycopy(more, 0, params, 4, more.length);
        return form(lines("100", "101", "102", "103", "104", "110"),
                RuleSpec.of("sum", RuleKind.SUM_OF_PARTS, Severity.ERROR, MESSAGE, params));
    }

    @Test
    void aDifferenceOfExactlyTheDefaultToleranceOf1KgPasses() {
        FormSpec form = sum("100", "101,102");
        assertNone(ENGINE.validate(form, report("100", "1234.501", "101", "1000", "102", "234.5")));
        assertNone(ENGINE.validate(form, report("100", "1234.499", "101", "1000", "102", "234.5")));
    }

    @Test
    void justBeyondTheToleranceIsAnErrorOnTheTotal() {
        FormSpec form = sum("100", "101,102");
        RuleResult r = assertSingle(ENGINE.validate(form, report("100", "1234.5011", "101", "1000", "102", "234.5")),
                "sum", Severity.ERROR, "100");
        assertEquals("100=1,234.501 parts 101,102=1,234.500 diff 0.001 limit 0.001", r.message().en());
        assertSingle(ENGINE.validate(form, report("100", "1234.4989", "101", "1000", "102", "234.5")),
                "sum", Severity.ERROR, "100");
    }

    @Test
    void theToleranceIsAParameter() {
        FormSpec form = sum("100", "101,102", "tolerance", "0.5");
        assertNone(ENGINE.validate(form, report("100", "10.5", "101", "4", "102", "6")));
        assertSingle(ENGINE.validate(form, report("100", "10.501", "101", "4", "102", "6")), "sum", Severity.ERROR,
                "100");
    }

    @Test
    void anEmptyTotalWithPartsCountsAsZero() {
        RuleResult r = assertSingle(ENGINE.validate(sum("100", "101,102"), report("101", "4", "102", "6")), "sum",
                Severity.ERROR, "100");
        assertEquals("100=0.000 parts 101,102=10.000 diff 10.000 limit 0.001", r.message().en());
        assertNone(ENGINE.validate(sum("100", "101,102"), report("101", "0", "102", "0")));
    }

    @Test
    void aTotalWithoutAnyPartIsComparedWithZero() {
        assertSingle(ENGINE.validate(sum("100", "101,102"), report("100", "7")), "sum", Severity.ERROR, "100");
        assertNone(ENGINE.validate(sum("100", "101,102"), report("100", "0")));
    }

    @Test
    void skippedWhenTotalAndAllPartsAreEmpty() {
        assertNone(ENGINE.validate(sum("100", "101,102"), report("103", "99")));
    }

    @Test
    void aRangeTakesTheCodesOfTheFormBetweenItsEnds() {
        // The form has no line 103: 101-104 means 101, 102 and 104, and 110 lies outside.
        FormSpec form = form(lines("100", "101", "102", "104", "110"),
                RuleSpec.of("sum", RuleKind.SUM_OF_PARTS, Severity.ERROR, MESSAGE, "total", "100", "parts", "101-104"));
        assertNone(ENGINE.validate(form, report("100", "6", "101", "1", "102", "2", "104", "3", "110", "500")));
        RuleResult r = assertSingle(ENGINE.validate(form, report("100", "6", "101", "1", "102", "2", "104", "4")),
                "sum", Severity.ERROR, "100");
        assertEquals("100=6.000 parts 101-104=7.000 diff 1.000 limit 0.001", r.message().en());
    }

    @Test
    void rangesAndCodesMix() {
        FormSpec form = sum("100", "101-102, 110");
        assertNone(ENGINE.validate(form, report("100", "6", "101", "1", "102", "2", "110", "3", "103", "9")));
    }

    @Test
    void brokenParamsAreRefusedNamingTheRule() {
        assertRefused(sum("100", "101-105"), "names line '105'");
        assertRefused(sum("100", "102-101"), "runs backwards");
        assertRefused(sum("100", "100-102"), "the total '100' is also one of its parts");
        assertRefused(sum("100", "101,101-102"), "lists line '101' more than once");
        assertRefused(sum("100", "101,,102"), "empty entry");
        assertRefused(sum("999", "101"), "names line '999'");
        assertRefused(sum("100", "101", "tolerance", "-1"), "must not be negative");
        assertRefused(sum("100", "101", "tolerance", "1 kg"), "is not a number");
        assertRefused(sum("100", "101", "tolerence", "1"), "unknown param 'tolerence'");
    }

    private static void assertRefused(FormSpec form, String problem) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ENGINE.check(form));
        assertTrue(e.getMessage().startsWith("Rule 'sum' (SUM_OF_PARTS) of form test/1: "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }
}
