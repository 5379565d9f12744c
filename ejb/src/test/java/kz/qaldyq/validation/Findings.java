package kz.qaldyq.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

/** Assertions on rule results that print the whole list when they fail. */
final class Findings {

    private Findings() {
    }

    static void assertNone(List<RuleResult> results) {
        assertTrue(results.isEmpty(), () -> "expected no finding, got " + describe(results));
    }

    static RuleResult assertSingle(List<RuleResult> results, String ruleId, Severity severity, String line) {
        assertEquals(1, results.size(), () -> "expected one finding, got " + describe(results));
        RuleResult r = results.get(0);
        assertEquals(ruleId, r.ruleId(), "rule");
        assertEquals(severity, r.severity(), "severity");
        assertEquals(line, r.lineCode(), "line");
        return r;
    }

    /** "ERROR 100 rule-id" per finding, in order. */
    static List<String> summary(List<RuleResult> results) {
        return results.stream().map(r -> r.severity() + " " + r.lineCode() + " " + r.ruleId())
                .collect(Collectors.toList());
    }

    static String describe(List<RuleResult> results) {
        return results.stream().map(r -> r.severity() + " " + r.lineCode() + " " + r.ruleId() + ": "
                + r.message().in("en")).collect(Collectors.joining("\n  ", "\n  ", ""));
    }
}
