package kz.qaldyq.validation;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@link RuleKind#CHANGE_PRIOR_YEAR}: the check against prior years that the portal exists for (DOMAIN §3). A line
 * that moved more than a threshold from the same respondent's approved value of last year asks for an explanation;
 * beyond a higher threshold the rule is marked for line-by-line acknowledgement by the reviewer.
 *
 * <p>Params:
 * <ul>
 *   <li>{@code lines} (required): comma list of codes and ranges, or {@code *} for every line in tonnes.</li>
 *   <li>{@code abovePercent} (required): fires when |value − prior| / prior × 100 exceeds it.</li>
 *   <li>{@code upToPercent} (optional): and does not exceed this one, so that a 25 % and a 50 % rule do not both
 *       fire on one line.</li>
 *   <li>{@code acknowledge} (optional, {@code true}/{@code false}): the reviewer must acknowledge each result before
 *       approving; read by the review service, not here.</li>
 * </ul>
 * A line without a prior value, or whose prior is zero, is left to {@link RuleKind#DISAPPEARED_LINE} and new-respondent
 * checks; an empty or zero line this year is left to {@link RuleKind#DISAPPEARED_LINE}, so one fact gives one finding. Placeholders: {@code {line} {label} {unit} {value}
 * {prior} {expected} {percent} {limit}}.
 */
final class ChangePriorYearCheck implements RuleCheck {

    @Override
    public RuleKind kind() {
        return RuleKind.CHANGE_PRIOR_YEAR;
    }

    @Override
    public Evaluator compile(RuleSpec rule, FormSpec form) {
        Params params = new Params(rule, form, "lines", "abovePercent", "upToPercent", "acknowledge");
        LineSpec[] lines = params.lines("lines", LineSpec::inTonnes).toArray(LineSpec[]::new);
        BigDecimal above = params.decimal("abovePercent", null);
        if (above == null || above.signum() < 0) {
            throw params.fail("abovePercent must be given and not negative");
        }
        BigDecimal upTo = params.decimal("upToPercent", null);
        if (upTo != null && upTo.compareTo(above) <= 0) {
            throw params.fail("upToPercent must be above abovePercent");
        }
        String acknowledge = params.optional("acknowledge");
        if (acknowledge != null && !acknowledge.equals("true") && !acknowledge.equals("false")) {
            throw params.fail("acknowledge must be true or false");
        }
        return (data, out) -> evaluate(rule, lines, above, upTo, data, out);
    }

    private static void evaluate(RuleSpec rule, LineSpec[] lines, BigDecimal above, BigDecimal upTo, ReportData data,
                                 List<RuleResult> out) {
        if (data.prior().isEmpty()) {
            return;
        }
        for (LineSpec line : lines) {
            BigDecimal prior = data.prior().get(line.code());
            BigDecimal value = data.value(line.code());
            if (prior == null || prior.signum() <= 0 || value == null || value.signum() == 0) {
                continue;
            }
            BigDecimal change = value.subtract(prior).abs();
            // multiplied out, so that exactly the threshold does not fire
            boolean beyond = change.multiply(Numbers.HUNDRED).compareTo(above.multiply(prior)) > 0;
            boolean withinUpper = upTo == null || change.multiply(Numbers.HUNDRED).compareTo(upTo.multiply(prior)) <= 0;
            if (beyond && withinUpper) {
                BigDecimal percent = value.subtract(prior).multiply(Numbers.HUNDRED).divide(prior, Numbers.DIVISION);
                out.add(Message.about(rule, line).value(value).prior(prior).expected(prior).percent(percent)
                        .limitPercent(above).result());
            }
        }
    }
}
