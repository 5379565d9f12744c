package kz.qaldyq.validation;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@link RuleKind#RATIO_TO_HEADER}: a line as a percentage of a header figure stays under a maximum (DOMAIN: capacity
 * load, line 500 / design capacity &gt; 100 % is a WARNING).
 *
 * <p>Params:
 * <ul>
 *   <li>{@code line} (required): the line code.</li>
 *   <li>{@code header} (required): the key of the header field, e.g. {@code designCapacity}.</li>
 *   <li>{@code maxPercent} (required): the largest percentage that passes.</li>
 * </ul>
 * Fires, on the line, when line / header × 100 &gt; maxPercent. Skipped when the line is empty or the header field
 * is absent, zero, negative or not a number (the header's own validation reports that). Placeholders:
 * {@code {line} {label} {unit} {value}}, {@code {expected}} (the header figure), {@code {header}} (as written),
 * {@code {percent}} (the ratio), {@code {limit}} (maxPercent).
 */
final class RatioToHeaderCheck implements RuleCheck {

    @Override
    public RuleKind kind() {
        return RuleKind.RATIO_TO_HEADER;
    }

    @Override
    public Evaluator compile(RuleSpec rule, FormSpec form) {
        Params params = new Params(rule, form, "line", "header", "maxPercent");
        LineSpec line = params.line("line");
        String header = params.required("header");
        BigDecimal maxPercent = params.requiredDecimal("maxPercent");
        return (data, out) -> evaluate(rule, line, header, maxPercent, data, out);
    }

    private static void evaluate(RuleSpec rule, LineSpec line, String header, BigDecimal maxPercent, ReportData data,
                                 List<RuleResult> out) {
        BigDecimal value = data.value(line.code());
        if (value == null) {
            return;
        }
        String raw = data.header().get(header);
        BigDecimal base = Numbers.parseHeader(raw);
        if (base == null || base.signum() <= 0) {
            return;
        }
        if (value.multiply(Numbers.HUNDRED).compareTo(maxPercent.multiply(base)) > 0) {
            out.add(Message.about(rule, line).value(value).expected(base).header(raw)
                    .percent(Numbers.percentOf(value, base)).limitPercent(maxPercent).result());
        }
    }
}
