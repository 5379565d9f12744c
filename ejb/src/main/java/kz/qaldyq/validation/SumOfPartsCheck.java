package kz.qaldyq.validation;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@link RuleKind#SUM_OF_PARTS}: a total line equals the sum of its part lines (DOMAIN: tolerance 0.001 t, ERROR).
 *
 * <p>Params:
 * <ul>
 *   <li>{@code total} (required): the total's line code.</li>
 *   <li>{@code parts} (required): comma list of part line codes and ranges; {@code 101-114} takes the form's numeric
 *       codes from 101 to 114 that exist, and both ends must be lines of the form. The total may not be a part.</li>
 *   <li>{@code tolerance} (default {@code 0.001}): the largest absolute difference, in the lines' unit, that
 *       passes.</li>
 * </ul>
 * Fires, on the total's line, when |total − Σ parts| &gt; tolerance. Empty lines count as 0, but a report where the
 * total and all the parts are empty is skipped. Placeholders: {@code {line} {label} {unit} {value}} (the total, 0 if
 * empty) {@code {expected}} (the sum of parts) {@code {difference}} {@code {parts}} (as written) {@code {limit}}.
 */
final class SumOfPartsCheck implements RuleCheck {

    static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.001");

    @Override
    public RuleKind kind() {
        return RuleKind.SUM_OF_PARTS;
    }

    @Override
    public Evaluator compile(RuleSpec rule, FormSpec form) {
        Params params = new Params(rule, form, "total", "parts", "tolerance");
        LineSpec total = params.line("total");
        List<LineSpec> partList = params.lines("parts", line -> true);
        if (partList.contains(total)) {
            throw params.fail("the total '" + total.code() + "' is also one of its parts");
        }
        LineSpec[] parts = partList.toArray(LineSpec[]::new);
        BigDecimal tolerance = params.decimal("tolerance", DEFAULT_TOLERANCE);
        String partsAsWritten = params.asWritten("parts");
        return (data, out) -> evaluate(rule, total, parts, tolerance, partsAsWritten, data, out);
    }

    private static void evaluate(RuleSpec rule, LineSpec total, LineSpec[] parts, BigDecimal tolerance,
                                 String partsAsWritten, ReportData data, List<RuleResult> out) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean anyPart = false;
        for (LineSpec part : parts) {
            BigDecimal v = data.value(part.code());
            if (v != null) {
                sum = sum.add(v);
                anyPart = true;
            }
        }
        BigDecimal totalValue = data.value(total.code());
        if (totalValue == null && !anyPart) {
            return;
        }
        BigDecimal value = totalValue == null ? BigDecimal.ZERO : totalValue;
        BigDecimal difference = value.subtract(sum).abs();
        if (difference.compareTo(tolerance) > 0) {
            out.add(Message.about(rule, total).value(value).expected(sum).difference(difference)
                    .parts(partsAsWritten).limitQuantity(tolerance).result());
        }
    }
}
