package kz.qaldyq.validation;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@link RuleKind#DETAIL_SUM}: the rows of a detail section add up to a line (DOMAIN: waste-1 section 4 deliveries
 * per destination type vs lines 201-204; waste-2 section 5 suppliers vs line 501; ±0.5 %).
 *
 * <p>Params:
 * <ul>
 *   <li>{@code table} (required): the {@link DetailRow#table()} whose rows count.</li>
 *   <li>{@code line} (required): the line code the rows must add up to.</li>
 *   <li>{@code category} (optional): only rows with this {@link DetailRow#category()} count.</li>
 *   <li>{@code tolerancePercent} (default {@code 0.5}): the largest difference that passes, as a percentage of the
 *       line.</li>
 * </ul>
 * Fires, on the line, when |Σ rows − line| × 100 &gt; tolerancePercent × |line|; when the line is empty or 0, any
 * non-zero sum fires. Rows without tonnes count as 0. Skipped when no row counts and the line is empty.
 * Placeholders: {@code {line} {label} {unit} {value}} (the line, 0 if empty), {@code {expected}} (the rows' sum),
 * {@code {difference}}, {@code {percent}} (difference as % of the line; empty if the line is 0), {@code {limit}},
 * {@code {table} {category}}.
 */
final class DetailSumCheck implements RuleCheck {

    static final BigDecimal DEFAULT_TOLERANCE_PERCENT = new BigDecimal("0.5");

    @Override
    public RuleKind kind() {
        return RuleKind.DETAIL_SUM;
    }

    @Override
    public Evaluator compile(RuleSpec rule, FormSpec form) {
        Params params = new Params(rule, form, "table", "line", "category", "tolerancePercent");
        String table = params.required("table");
        LineSpec line = params.line("line");
        String category = params.optional("category");
        BigDecimal tolerance = params.decimal("tolerancePercent", DEFAULT_TOLERANCE_PERCENT);
        return (data, out) -> evaluate(rule, table, line, category, tolerance, data, out);
    }

    private static void evaluate(RuleSpec rule, String table, LineSpec line, String category, BigDecimal tolerance,
                                 ReportData data, List<RuleResult> out) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean anyRow = false;
        for (DetailRow row : data.details()) {
            if (table.equals(row.table()) && (category == null || category.equals(row.category()))) {
                anyRow = true;
                if (row.tonnes() != null) {
                    sum = sum.add(row.tonnes());
                }
            }
        }
        BigDecimal lineValue = data.value(line.code());
        if (!anyRow && lineValue == null) {
            return;
        }
        BigDecimal value = lineValue == null ? BigDecimal.ZERO : lineValue;
        BigDecimal difference = sum.subtract(value).abs();
        boolean fires = value.signum() == 0
                ? difference.signum() != 0
                : difference.multiply(Numbers.HUNDRED).compareTo(tolerance.multiply(value.abs())) > 0;
        if (fires) {
            out.add(Message.about(rule, line).value(value).expected(sum).difference(difference)
                    .percent(value.signum() == 0 ? null : Numbers.percentOf(difference, value.abs()))
                    .limitPercent(tolerance).table(table).category(category).result());
        }
    }
}
