package kz.qaldyq.validation;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@link RuleKind#COUNTERPARTY_CLASS}: a detail row's counterparty that has a class (a landfill) must have an allowed
 * one — hazardous waste goes only to a class 1 landfill (EC art. 349; DOMAIN §4; ERROR).
 *
 * <p>Params:
 * <ul>
 *   <li>{@code table} (required): the detail table whose rows are checked.</li>
 *   <li>{@code fact} (required): the fact set of {@code rowKey|class} pairs, one for each counterparty that has a
 *       class, e.g. {@code landfillClass}; a counterparty without an entry is not a landfill and passes.</li>
 *   <li>{@code allowedClasses} (required): comma list, compared ignoring case and blanks, e.g. {@code 1}.</li>
 *   <li>{@code when} (optional): a header field that must be {@code true} for the rule to apply.</li>
 *   <li>{@code line} (optional): the line the results point at.</li>
 * </ul>
 * Fires once per row of a counterparty whose class is not allowed; rows of zero tonnes are skipped. Placeholders:
 * {@code {line} {label} {unit}}, {@code {value}} (the row's tonnes), {@code {counterparty}}, {@code {category}}
 * (the class found), {@code {expected}} (allowedClasses as written), {@code {header}} (the report's wasteCode).
 */
final class CounterpartyClassCheck implements RuleCheck {

    @Override
    public RuleKind kind() {
        return RuleKind.COUNTERPARTY_CLASS;
    }

    @Override
    public Evaluator compile(RuleSpec rule, FormSpec form) {
        Params params = new Params(rule, form, "table", "fact", "allowedClasses", "when", "line");
        String table = params.required("table");
        String fact = params.required("fact");
        String asWritten = params.required("allowedClasses");
        Set<String> allowed = Registers.list(params, "allowedClasses", true);
        String when = params.optional("when");
        LineSpec line = params.optionalLine("line", null);
        return (data, out) -> evaluate(rule, table, fact, allowed, asWritten, when, line, data, out);
    }

    private static void evaluate(RuleSpec rule, String table, String fact, Set<String> allowed, String asWritten,
                                 String when, LineSpec line, ReportData data, List<RuleResult> out) {
        if (!Registers.applies(when, data)) {
            return;
        }
        Set<String> classes = data.fact(fact);
        for (DetailRow row : data.details()) {
            if (!table.equals(row.table()) || row.key() == null || !Registers.counts(row)) {
                continue;
            }
            String prefix = row.key() + "|";
            for (String entry : classes) {
                if (entry.startsWith(prefix)) {
                    String found = entry.substring(prefix.length());
                    if (!allowed.contains(found.strip().toLowerCase(Locale.ROOT))) {
                        out.add(Message.about(rule, line).value(row.tonnes()).counterparty(row.name()).category(found)
                                .expected(asWritten).header(data.header().get("wasteCode")).result());
                    }
                }
            }
        }
    }
}
