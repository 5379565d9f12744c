package kz.qaldyq.validation;

/**
 * One finding: which rule, how severe, which line it points at (null for a finding about the report as a whole) and
 * the message, already filled in, in the three languages.
 */
public record RuleResult(String ruleId, Severity severity, String lineCode, Text message) {
}
