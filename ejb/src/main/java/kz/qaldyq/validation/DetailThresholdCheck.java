package kz.qaldyq.validation;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@link RuleKind#DETAIL_THRESHOLD}: the rows of a detail table, with what the same respondent reported elsewhere for
 * the year, exceed a quantity — transfers of hazardous waste above 2 t a year mark the generator for the pollutant
 * release and transfer register (EC art. 22; DOMAIN §4; INFO).
 *
 * <p>Params:
 * <ul>
 *   <li>{@code table} (required): the detail table whose rows are summed (rows without tonnes count 0).</li>
 *   <li>{@code above} (required): the quantity that must be exceeded, in the line's unit.</li>
 *   <li>{@code header} (optional): a header field with a quantity added to the sum (e.g. the respondent's transfers
 *       in its other reports of the year); an unreadable value counts 0.</li>
 *   <li>{@code when} (optional): a header field that must be {@code true} for the rule to apply.</li>
 *   <li>{@code line} (optional): the line the result points at.</li>
 * </ul>
 * Fires once when the total is strictly above {@code above}. Placeholders: {@code {line} {label} {unit}},
 * {@code {value}} (the total), {@code {limit}} ({@code above}), {@code {table}}.
 */
final class DetailThresholdCheck implements RuleCheck {

    @Override
    public RuleKind kind() {
        return RuleKind.DETAIL_THRESHOLD;
    }

    @Override
    public Evaluator compile(RuleSpec rule, FormSpec form) {
        Params params = new Params(rule, form, "table", "above", "header", "when", "line");
        String table = params.required("table");
        BigDecimal above = params.requiredDecimal("above");
        String header = params.optional("header");
        String when = params.optional("when");
        LineSpec line = params.optionalLine("line", null);
        return (data, out) -> evaluate(rule, table, above, header, when, line, data, out);
    }

    private static void evaluate(RuleSpec rule, String table, BigDecimal above, String header, String when, LineSpec line,
                                 ReportData data, List<RuleResult> out) {
        if (!Registers.applies(when, data)) {
            return;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (DetailRow row : data.details()) {
            if (table.equals(row.table())) {
                total = total.add(Registers.tonnes(row));
            }
        }
        if (header != null) {
            BigDecimal elsewhere = Numbers.parseHeader(data.header().get(header));
            if (elsewhere != null) {
                total = total.add(elsewhere);
            }
        }
        if (total.compareTo(above) > 0) {
            out.add(Message.about(rule, line).value(total).limitQuantity(above).table(table).result());
        }
    }
}
