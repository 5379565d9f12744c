package kz.qaldyq.validation;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@link RuleKind#DISAPPEARED_LINE}: a line the respondent reported last year (approved, above zero) that is zero or
 * empty now — waste does not stop existing, it stops being reported (DOMAIN §3).
 *
 * <p>Params: {@code lines} (required): comma list of codes and ranges, or {@code *} for every line in tonnes.
 * Placeholders: {@code {line} {label} {unit} {prior} {expected}}.
 */
final class DisappearedLineCheck implements RuleCheck {

    @Override
    public RuleKind kind() {
        return RuleKind.DISAPPEARED_LINE;
    }

    @Override
    public Evaluator compile(RuleSpec rule, FormSpec form) {
        Params params = new Params(rule, form, "lines");
        LineSpec[] lines = params.lines("lines", LineSpec::inTonnes).toArray(LineSpec[]::new);
        return (data, out) -> evaluate(rule, lines, data, out);
    }

    private static void evaluate(RuleSpec rule, LineSpec[] lines, ReportData data, List<RuleResult> out) {
        if (data.prior().isEmpty()) {
            return;
        }
        for (LineSpec line : lines) {
            BigDecimal prior = data.prior().get(line.code());
            if (prior == null || prior.signum() <= 0) {
                continue;
            }
            BigDecimal value = data.value(line.code());
            if (value == null || value.signum() == 0) {
                out.add(Message.about(rule, line).value(value).prior(prior).expected(prior).result());
            }
        }
    }
}
