package kz.qaldyq.validation;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@link RuleKind#PER_CAPITA}: collected municipal waste per person served must be plausible (DOMAIN §3: line 100 ÷
 * line 300 between 100 and 600 kg per year, else WARNING). The audit found figures that fell while population grew.
 *
 * <p>Params:
 * <ul>
 *   <li>{@code numerator} (required): the line of tonnes (100); {@code denominator} (required): the line of persons
 *       (300).</li>
 *   <li>{@code min}, {@code max} (required): the plausible band in kilograms per person per year, ends included.</li>
 * </ul>
 * Skipped when either line is empty or the denominator is zero. Placeholders: {@code {line} {label} {unit} {value}}
 * (tonnes), {@code {expected}} (persons), {@code {ratio}} (kg per person), {@code {limit}}.
 */
final class PerCapitaCheck implements RuleCheck {

    private static final BigDecimal KG_PER_TONNE = BigDecimal.valueOf(1000);

    @Override
    public RuleKind kind() {
        return RuleKind.PER_CAPITA;
    }

    @Override
    public Evaluator compile(RuleSpec rule, FormSpec form) {
        Params params = new Params(rule, form, "numerator", "denominator", "min", "max");
        LineSpec numerator = params.line("numerator");
        LineSpec denominator = params.line("denominator");
        BigDecimal min = params.decimal("min", null);
        BigDecimal max = params.decimal("max", null);
        if (min == null || max == null || min.signum() < 0 || min.compareTo(max) > 0) {
            throw params.fail("need 0 <= min <= max");
        }
        return (data, out) -> evaluate(rule, numerator, denominator, min, max, data, out);
    }

    private static void evaluate(RuleSpec rule, LineSpec numerator, LineSpec denominator, BigDecimal min, BigDecimal max,
                                 ReportData data, List<RuleResult> out) {
        BigDecimal tonnes = data.value(numerator.code());
        BigDecimal persons = data.value(denominator.code());
        if (tonnes == null || persons == null || persons.signum() <= 0) {
            return;
        }
        BigDecimal kilograms = tonnes.multiply(KG_PER_TONNE);
        // compared multiplied out: kg < min × persons, or kg > max × persons
        if (kilograms.compareTo(min.multiply(persons)) < 0 || kilograms.compareTo(max.multiply(persons)) > 0) {
            BigDecimal perPerson = kilograms.divide(persons, Numbers.DIVISION);
            out.add(Message.about(rule, numerator).value(tonnes).expected(persons).ratio(perPerson).result());
        }
    }
}
