package kz.qaldyq.validation;

import java.util.List;

/**
 * {@link RuleKind#REQUIRED}: a line must be filled in; zero is a value, an empty line is not.
 *
 * <p>Params:
 * <ul>
 *   <li>{@code lines} (required): comma list of line codes and ranges, or {@code *} for every line of the form.</li>
 * </ul>
 * One result per empty line, pointing at that line. Placeholders: {@code {line} {label} {unit}}.
 */
final class RequiredCheck implements RuleCheck {

    @Override
    public RuleKind kind() {
        return RuleKind.REQUIRED;
    }

    @Override
    public Evaluator compile(RuleSpec rule, FormSpec form) {
        Params params = new Params(rule, form, "lines");
        LineSpec[] lines = params.lines("lines", line -> true).toArray(LineSpec[]::new);
        return (data, out) -> evaluate(rule, lines, data, out);
    }

    private static void evaluate(RuleSpec rule, LineSpec[] lines, ReportData data, List<RuleResult> out) {
        for (LineSpec line : lines) {
            if (data.value(line.code()) == null) {
                out.add(Message.about(rule, line).result());
            }
        }
    }
}
