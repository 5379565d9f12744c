package kz.qaldyq.validation;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@link RuleKind#COMPARISON}: one sum of lines compared with another, within a relative tolerance. DOMAIN uses it
 * for waste-1 "200 = 100 within 0.5 % (WARNING), above 5 % ERROR" and for the waste-2 mass balance and bounds.
 *
 * <p>Params:
 * <ul>
 *   <li>{@code left}, {@code right} (required): comma lists of line codes and ranges, each side summed (empty lines
 *       count as 0). A line may not be on both sides.</li>
 *   <li>{@code operator} (required): {@code EQ} (left = right), {@code LE} (left ≤ right) or {@code GE}
 *       (left ≥ right).</li>
 *   <li>{@code tolerancePercent} (default {@code 0}): how far the relation may be broken, as a percentage of the
 *       larger side in absolute value.</li>
 *   <li>{@code errorAbovePercent} (optional, not below {@code tolerancePercent}): a breach beyond it is an ERROR
 *       whatever the rule's severity; between the two the rule's severity applies.</li>
 *   <li>{@code line} (optional, default the first line of {@code left}): the line the result points at.</li>
 * </ul>
 * The breach is |left − right| for EQ, left − right for LE, right − left for GE; it fires when breach × 100 &gt;
 * tolerancePercent × max(|left|, |right|), so a breach exactly at the tolerance passes. Skipped when every line on
 * both sides is empty. Placeholders: {@code {line} {label} {unit}}, {@code {value}} (left sum), {@code {expected}}
 * (right sum), {@code {difference}} (the breach), {@code {percent}} (breach as % of the larger side),
 * {@code {limit}} (the percentage exceeded: errorAbovePercent when escalated, else tolerancePercent),
 * {@code {left} {right} {parts}} (the lists as written; {parts} is the right side).
 */
final class ComparisonCheck implements RuleCheck {

    enum Operator { EQ, LE, GE }

    @Override
    public RuleKind kind() {
        return RuleKind.COMPARISON;
    }

    @Override
    public Evaluator compile(RuleSpec rule, FormSpec form) {
        Params params = new Params(rule, form, "left", "right", "operator", "tolerancePercent", "errorAbovePercent",
                "line");
        List<LineSpec> leftList = params.lines("left", line -> true);
        List<LineSpec> rightList = params.lines("right", line -> true);
        for (LineSpec line : leftList) {
            if (rightList.contains(line)) {
                throw params.fail("line '" + line.code() + "' is on both sides");
            }
        }
        if (leftList.isEmpty() || rightList.isEmpty()) {
            throw params.fail("both sides need at least one line");
        }
        String op = params.required("operator");
        Operator operator;
        try {
            operator = Operator.valueOf(op);
        } catch (IllegalArgumentException e) {
            throw params.fail("operator must be EQ, LE or GE, not '" + op + "'");
        }
        BigDecimal tolerance = params.decimal("tolerancePercent", BigDecimal.ZERO);
        BigDecimal errorAbove = params.decimal("errorAbovePercent", null);
        if (errorAbove != null && errorAbove.compareTo(tolerance) < 0) {
            throw params.fail("errorAbovePercent " + errorAbove + " is below tolerancePercent " + tolerance);
        }
        LineSpec pointAt = params.optionalLine("line", leftList.get(0));
        Compiled c = new Compiled(rule, leftList.toArray(LineSpec[]::new), rightList.toArray(LineSpec[]::new),
                operator, tolerance, errorAbove, pointAt, params.asWritten("left"), params.asWritten("right"));
        return c::evaluate;
    }

    private record Compiled(RuleSpec rule, LineSpec[] left, LineSpec[] right, Operator operator, BigDecimal tolerance,
                            BigDecimal errorAbove, LineSpec pointAt, String leftAsWritten, String rightAsWritten) {

        void evaluate(ReportData data, List<RuleResult> out) {
            BigDecimal l = BigDecimal.ZERO;
            BigDecimal r = BigDecimal.ZERO;
            boolean any = false;
            for (LineSpec line : left) {
                BigDecimal v = data.value(line.code());
                if (v != null) {
                    l = l.add(v);
                    any = true;
                }
            }
            for (LineSpec line : right) {
                BigDecimal v = data.value(line.code());
                if (v != null) {
                    r = r.add(v);
                    any = true;
                }
            }
            if (!any) {
                return;
            }
            BigDecimal breach = switch (operator) {
                case EQ -> l.subtract(r).abs();
                case LE -> l.subtract(r);
                case GE -> r.subtract(l);
            };
            if (breach.signum() <= 0) {
                return;
            }
            // Compared as breach × 100 against limit × base rather than by dividing, so that "exactly at the
            // tolerance" is exact and passes.
            BigDecimal base = l.abs().max(r.abs());
            BigDecimal scaledBreach = breach.multiply(Numbers.HUNDRED);
            if (scaledBreach.compareTo(tolerance.multiply(base)) <= 0) {
                return;
            }
            Message message = Message.about(rule, pointAt).value(l).expected(r).difference(breach)
                    .percent(Numbers.percentOf(breach, base)).left(leftAsWritten).right(rightAsWritten)
                    .parts(rightAsWritten);
            if (errorAbove != null && scaledBreach.compareTo(errorAbove.multiply(base)) > 0) {
                message.severity(Severity.ERROR).limitPercent(errorAbove);
            } else {
                message.limitPercent(tolerance);
            }
            out.add(message.result());
        }
    }
}
