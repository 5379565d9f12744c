package kz.qaldyq.validation;

import java.util.List;

/**
 * {@link RuleKind#SUBJECT_REGISTERED}: what the report is about must be in a registry the portal keeps — e.g. a
 * hazardous waste code in an inventory needs an active passport of that facility (DOMAIN §4, EC art. 343; ERROR).
 *
 * <p>Params:
 * <ul>
 *   <li>{@code key} (required): the header field holding what must be registered, e.g. {@code wasteCode}.</li>
 *   <li>{@code fact} (required): the fact set it must be in, e.g. {@code activePassport}.</li>
 *   <li>{@code when} (optional): a header field that must be {@code true} for the rule to apply, e.g.
 *       {@code wasteHazardous}.</li>
 *   <li>{@code line} (optional): the line the result points at.</li>
 * </ul>
 * An empty header field does not fire (the form's own checks ask for it). Placeholders: {@code {line} {label}
 * {unit}}, {@code {header}} (the value that is not registered).
 */
final class SubjectRegisteredCheck implements RuleCheck {

    @Override
    public RuleKind kind() {
        return RuleKind.SUBJECT_REGISTERED;
    }

    @Override
    public Evaluator compile(RuleSpec rule, FormSpec form) {
        Params params = new Params(rule, form, "key", "fact", "when", "line");
        String key = params.required("key");
        String fact = params.required("fact");
        String when = params.optional("when");
        LineSpec line = params.optionalLine("line", null);
        return (data, out) -> evaluate(rule, key, fact, when, line, data, out);
    }

    private static void evaluate(RuleSpec rule, String key, String fact, String when, LineSpec line, ReportData data,
                                 List<RuleResult> out) {
        if (!Registers.applies(when, data)) {
            return;
        }
        String subject = data.header().get(key);
        if (subject == null || subject.isBlank() || data.fact(fact).contains(subject.strip())) {
            return;
        }
        out.add(Message.about(rule, line).header(subject.strip()).result());
    }
}
