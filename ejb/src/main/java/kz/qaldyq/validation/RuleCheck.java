package kz.qaldyq.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * The code behind one {@link RuleKind}. Parameters are parsed and checked against the form once, in
 * {@link #compile}, so that a broken rule is caught when the form version is loaded and so that validating a report
 * does no string parsing at all. Implementations and the evaluators they return must be immutable: one engine
 * serves all forms and all threads.
 */
public interface RuleCheck {

    RuleKind kind();

    /**
     * Parses the rule's parameters against the form.
     *
     * @throws IllegalArgumentException naming the rule, if a parameter is unknown, missing, malformed or names a line
     *                                  the form does not have
     */
    Evaluator compile(RuleSpec rule, FormSpec form);

    /** Compiles and evaluates in one go; for tests and one-off use, as it re-parses the parameters every time. */
    default List<RuleResult> check(RuleSpec rule, FormSpec form, ReportData data) {
        List<RuleResult> out = new ArrayList<>();
        compile(rule, form).evaluate(data, out);
        return out;
    }

    /** A rule with its parameters resolved, ready to run against any number of reports. */
    @FunctionalInterface
    interface Evaluator {
        /** Appends this rule's findings on {@code data} to {@code out}, in no particular order. */
        void evaluate(ReportData data, List<RuleResult> out);
    }
}
