package kz.qaldyq.validation;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@link RuleKind#MAGNITUDE_PRIOR_YEAR}: a value about a thousand times last year's, or a thousandth of it, was most
 * likely typed in kilograms instead of tonnes (or the other way round) — "did you enter kilograms?" (DOMAIN, after
 * ONS eQ; WARNING).
 *
 * <p>Params:
 * <ul>
 *   <li>{@code lines} (required): comma list of line codes and ranges, or {@code *} for every line whose unit is
 *       {@code t}.</li>
 *   <li>{@code low} (default {@code 900}), {@code high} (default {@code 1100}): the band of value / prior that
 *       fires, with 0 &lt; low ≤ high.</li>
 * </ul>
 * Fires, per line, when last year's approved value is &gt; 0, this year's is filled in, and value / prior lies in
 * [low, high] or in [1/high, 1/low], ends included. Placeholders: {@code {line} {label} {unit} {value}},
 * {@code {prior}} and {@code {expected}} (last year's value), {@code {ratio}} (value / prior),
 * {@code {percent}} (the same in %).
 */
final class MagnitudePriorYearCheck implements RuleCheck {

    static final BigDecimal DEFAULT_LOW = BigDecimal.valueOf(900);
    static final BigDecimal DEFAULT_HIGH = BigDecimal.valueOf(1100);

    @Override
    public RuleKind kind() {
        return RuleKind.MAGNITUDE_PRIOR_YEAR;
    }

    @Override
    public Evaluator compile(RuleSpec rule, FormSpec form) {
        Params params = new Params(rule, form, "lines", "low", "high");
        LineSpec[] lines = params.lines("lines", LineSpec::inTonnes).toArray(LineSpec[]::new);
        BigDecimal low = params.decimal("low", DEFAULT_LOW);
        BigDecimal high = params.decimal("high", DEFAULT_HIGH);
        if (low.signum() <= 0 || low.compareTo(high) > 0) {
            throw params.fail("need 0 < low <= high, got low " + low + " and high " + high);
        }
        return (data, out) -> evaluate(rule, lines, low, high, data, out);
    }

    private static void evaluate(RuleSpec rule, LineSpec[] lines, BigDecimal low, BigDecimal high, ReportData data,
                                 List<RuleResult> out) {
        if (data.prior().isEmpty()) {
            return;
        }
        for (LineSpec line : lines) {
            BigDecimal prior = data.prior().get(line.code());
            if (prior == null || prior.signum() <= 0) {
                continue;
            }
            BigDecimal value = data.value(line.code());
            if (value == null || value.signum() <= 0) {
                continue;
            }
            // Multiplied out instead of dividing, so the ends of the band are exact.
            boolean thousandTimes = value.compareTo(low.multiply(prior)) >= 0
                    && value.compareTo(high.multiply(prior)) <= 0;
            boolean thousandth = value.multiply(high).compareTo(prior) >= 0
                    && value.multiply(low).compareTo(prior) <= 0;
            if (thousandTimes || thousandth) {
                BigDecimal ratio = value.divide(prior, Numbers.DIVISION);
                out.add(Message.about(rule, line).value(value).prior(prior).expected(prior).ratio(ratio)
                        .percent(ratio.multiply(Numbers.HUNDRED)).result());
            }
        }
    }
}
