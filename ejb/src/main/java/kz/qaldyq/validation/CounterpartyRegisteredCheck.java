package kz.qaldyq.validation;

import java.util.List;
import java.util.Set;

/**
 * {@link RuleKind#COUNTERPARTY_REGISTERED}: the counterparty of a detail row must hold a registered permission for
 * the row's operation — a transfer of hazardous waste for recovery or disposal goes to a receiver whose licence covers
 * the code and the operation in the reporting year (EC art. 336), a transfer to a collector or transporter to one in
 * the notification register (EC art. 337) (DOMAIN §4; ERROR).
 *
 * <p>Params:
 * <ul>
 *   <li>{@code table} (required): the detail table whose rows are checked, e.g. {@code TRANSFERRED}.</li>
 *   <li>{@code categories} (required): comma list of the row categories (operations) the rule covers.</li>
 *   <li>{@code fact} (required): the fact set of permitted {@code rowKey|category} pairs, e.g. {@code licensed}.
 *       Whoever builds the report data puts there the pairs whose permission is valid for the report's subject and
 *       year.</li>
 *   <li>{@code when} (optional): a header field that must be {@code true} for the rule to apply.</li>
 *   <li>{@code line} (optional): the line the results point at.</li>
 * </ul>
 * Fires once per row of a covered category, with a counterparty, that is not permitted; rows of zero tonnes are
 * skipped. Placeholders: {@code {line} {label} {unit}}, {@code {value}} (the row's tonnes), {@code {counterparty}},
 * {@code {category}}, {@code {table}}, {@code {header}} (the report's {@code wasteCode}).
 */
final class CounterpartyRegisteredCheck implements RuleCheck {

    @Override
    public RuleKind kind() {
        return RuleKind.COUNTERPARTY_REGISTERED;
    }

    @Override
    public Evaluator compile(RuleSpec rule, FormSpec form) {
        Params params = new Params(rule, form, "table", "categories", "fact", "when", "line");
        String table = params.required("table");
        Set<String> categories = Registers.list(params, "categories", false);
        String fact = params.required("fact");
        String when = params.optional("when");
        LineSpec line = params.optionalLine("line", null);
        return (data, out) -> evaluate(rule, table, categories, fact, when, line, data, out);
    }

    private static void evaluate(RuleSpec rule, String table, Set<String> categories, String fact, String when,
                                 LineSpec line, ReportData data, List<RuleResult> out) {
        if (!Registers.applies(when, data)) {
            return;
        }
        Set<String> permitted = data.fact(fact);
        for (DetailRow row : data.details()) {
            if (!table.equals(row.table()) || row.category() == null || !categories.contains(row.category())
                    || row.key() == null || !Registers.counts(row)) {
                continue;
            }
            if (!permitted.contains(row.key() + "|" + row.category())) {
                out.add(Message.about(rule, line).value(row.tonnes()).counterparty(row.name()).category(row.category())
                        .table(table).header(data.header().get("wasteCode")).result());
            }
        }
    }
}
