package kz.qaldyq.validation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link RuleKind#LANDFILL_CLASS}: only a landfill of an allowed class may report a quantity on a line (DOMAIN: a
 * facility that is not class 3 reports MSW burial, ERROR).
 *
 * <p>Params:
 * <ul>
 *   <li>{@code line} (required): the line code, e.g. {@code 620} (buried at this facility).</li>
 *   <li>{@code header} (default {@code landfillClass}): the header field holding the facility's class.</li>
 *   <li>{@code allowedClasses} (required): comma list of classes, compared ignoring case and surrounding blanks,
 *       e.g. {@code 3}.</li>
 * </ul>
 * Fires, on the line, when the line is &gt; 0 and the header class is not allowed; a missing class also fires, since
 * burial without a declared class cannot be accepted. Placeholders: {@code {line} {label} {unit} {value}},
 * {@code {header}} (the class as reported), {@code {expected}} (allowedClasses as written).
 */
final class LandfillClassCheck implements RuleCheck {

    static final String DEFAULT_HEADER = "landfillClass";

    @Override
    public RuleKind kind() {
        return RuleKind.LANDFILL_CLASS;
    }

    @Override
    public Evaluator compile(RuleSpec rule, FormSpec form) {
        Params params = new Params(rule, form, "line", "header", "allowedClasses");
        LineSpec line = params.line("line");
        String header = params.optional("header");
        String key = header == null ? DEFAULT_HEADER : header;
        String asWritten = params.required("allowedClasses");
        Set<String> allowed = Arrays.stream(asWritten.split(",", -1))
                .map(c -> c.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        if (allowed.contains("")) {
            throw params.fail("allowedClasses has an empty entry: '" + asWritten + "'");
        }
        return (data, out) -> evaluate(rule, line, key, allowed, asWritten, data, out);
    }

    private static void evaluate(RuleSpec rule, LineSpec line, String key, Set<String> allowed, String asWritten,
                                 ReportData data, List<RuleResult> out) {
        BigDecimal value = data.value(line.code());
        if (value == null || value.signum() <= 0) {
            return;
        }
        String raw = data.header().get(key);
        if (raw != null && allowed.contains(raw.trim().toLowerCase(Locale.ROOT))) {
            return;
        }
        out.add(Message.about(rule, line).value(value).header(raw == null ? null : raw.trim()).expected(asWritten)
                .result());
    }
}
