package kz.qaldyq.validation;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@link RuleKind#NEW_RESPONDENT_SHARE}: a respondent without an approved report of last year whose total is a large
 * share of its region's total (DOMAIN §3, checks against prior years). Waste that appears from nowhere is either
 * waste that went unreported before (the audit estimated up to 30 %) or the same waste reported twice: a collector
 * re-registered under a new BIN while its old one still reports, a facility counted by two operators.
 *
 * <p>Params:
 * <ul>
 *   <li>{@code line} (required): the respondent's total, e.g. waste-1 line 100 (collected), waste-2 line 500
 *       (received).</li>
 *   <li>{@code share} (required): the threshold as a fraction, 0 &lt; share ≤ 1; fires when value ≥ share × the
 *       region's total, ends included.</li>
 * </ul>
 * The region's total is the sum of the line over the region's approved reports of the same form for last year
 * ({@link ReportData#regionPrior()}): known before anybody files this year, so the finding does not depend on who
 * happens to have filed first, and it is the base the newcomer's figures will be compared with. Silent for a
 * respondent with last year's approved values ({@link ReportData#prior()} not empty), when the region had no approved
 * total last year (nothing to be a share of), and when the line is empty. Placeholders: {@code {line} {label}
 * {unit} {value}}, {@code {expected}} (the region's total of last year), {@code {percent}} (the share in %),
 * {@code {limit}} (the threshold in %).
 */
final class NewRespondentShareCheck implements RuleCheck {

    @Override
    public RuleKind kind() {
        return RuleKind.NEW_RESPONDENT_SHARE;
    }

    @Override
    public Evaluator compile(RuleSpec rule, FormSpec form) {
        Params params = new Params(rule, form, "line", "share");
        LineSpec line = params.line("line");
        BigDecimal share = params.requiredDecimal("share");
        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw params.fail("share must be above 0 and at most 1, got " + share);
        }
        BigDecimal limitPercent = share.multiply(Numbers.HUNDRED);
        return (data, out) -> evaluate(rule, line, share, limitPercent, data, out);
    }

    private static void evaluate(RuleSpec rule, LineSpec line, BigDecimal share, BigDecimal limitPercent, ReportData data,
                                 List<RuleResult> out) {
        if (!data.prior().isEmpty()) {
            return;
        }
        BigDecimal region = data.regionPrior().get(line.code());
        BigDecimal value = data.value(line.code());
        if (region == null || region.signum() <= 0 || value == null || value.signum() <= 0) {
            return;
        }
        // multiplied out, so that a share exactly at the threshold fires without rounding
        if (value.compareTo(share.multiply(region)) >= 0) {
            out.add(Message.about(rule, line).value(value).expected(region)
                    .percent(Numbers.percentOf(value, region)).limitPercent(limitPercent).result());
        }
    }
}
