package kz.qaldyq.validation;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@link RuleKind#NON_NEGATIVE}: a quantity is never below zero (DOMAIN: "every quantity ≥ 0", ERROR).
 *
 * <p>Params:
 * <ul>
 *   <li>{@code lines} (required): comma list of line codes and ranges ({@code 101-114}), or {@code *} for every line
 *       of the form.</li>
 * </ul>
 * One result per negative line, pointing at that line; empty lines are left to {@link RequiredCheck}.
 * Placeholders: {@code {line} {label} {unit} {value}}.
 */
final class NonNegativeCheck implements RuleCheck {

    @Override
    public RuleKind kind() {
        return RuleKind.NON_NEGATIVE;
    }

    @Override
    public Evaluator compile(RuleSpec rule, FormSpec form) {
        Params params = new Params(rule, form, "lines");
        LineSpec[] lines = params.lines("lines", line -> true).toArray(LineSpec[]::new);
        return (data, out) -> evaluate(rule, lines, data, out);
    }

    private static void evaluate(RuleSpec rule, LineSpec[] lines, ReportData data, List<RuleResult> out) {
        for (LineSpec line : lines) {
            BigDecimal value = data.value(line.code());
            if (value != null && value.signum() < 0) {
                out.add(Message.about(rule, line).value(value).result());
            }
        }
    }
}
