package kz.qaldyq.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** A form's rules with their parameters resolved; immutable, so shared by all threads. */
final class CompiledForm {

    /** ERROR first, then by line (numerically where codes are numbers; findings on no line last), then rule id. */
    static final Comparator<RuleResult> ORDER = Comparator
            .comparing(RuleResult::severity)
            .thenComparing(RuleResult::lineCode, Comparator.nullsLast(LineCodes.ORDER))
            .thenComparing(RuleResult::ruleId);

    private final FormSpec form;
    private final RuleCheck.Evaluator[] evaluators;

    CompiledForm(FormSpec form, List<RuleCheck.Evaluator> evaluators) {
        this.form = form;
        this.evaluators = evaluators.toArray(RuleCheck.Evaluator[]::new);
    }

    /** The same rules for an equal spec held by another caller, so that caller's instance hits the identity check. */
    CompiledForm(FormSpec form, CompiledForm equal) {
        this.form = form;
        this.evaluators = equal.evaluators;
    }

    FormSpec form() {
        return form;
    }

    List<RuleResult> validate(ReportData data) {
        List<RuleResult> out = new ArrayList<>(4);
        for (RuleCheck.Evaluator evaluator : evaluators) {
            evaluator.evaluate(data, out);
        }
        if (out.isEmpty()) {
            return List.of();
        }
        out.sort(ORDER);
        return Collections.unmodifiableList(out);
    }
}
