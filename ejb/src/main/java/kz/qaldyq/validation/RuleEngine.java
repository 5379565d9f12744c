package kz.qaldyq.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs a form version's rules on a report. One instance serves every form and every thread: it holds only the
 * rule kinds and a cache of forms whose parameters it has already parsed. A form is parsed the first time it is
 * seen; call {@link #check(FormSpec)} when a form version is loaded or saved so that a broken rule surfaces then,
 * not when a respondent presses "submit".
 */
public final class RuleEngine {

    /**
     * Forms are a handful of versions, so the cache is small; the bound only guards against callers that build
     * throwaway specs (an admin previewing edits) filling the heap. Clearing costs a re-parse, nothing more.
     */
    private static final int CACHE_LIMIT = 256;

    private final Map<RuleKind, RuleCheck> checks;
    private final Map<FormSpec, CompiledForm> compiled = new ConcurrentHashMap<>();
    /**
     * The last form used, compared by identity: callers usually hold on to one FormSpec instance, and this spares
     * them the deep hashCode of the spec that the map lookup needs.
     */
    private volatile CompiledForm last;

    /** An engine with every built-in {@link RuleKind}. */
    public RuleEngine() {
        this(List.of(new NonNegativeCheck(), new RequiredCheck(), new SumOfPartsCheck(), new ComparisonCheck(),
                new RatioToHeaderCheck(), new DetailSumCheck(), new LandfillClassCheck(),
                new MagnitudePriorYearCheck(), new ChangePriorYearCheck(), new DisappearedLineCheck(), new PerCapitaCheck(),
                new NewRespondentShareCheck(), new SubjectRegisteredCheck(), new CounterpartyRegisteredCheck(), new CounterpartyClassCheck(),
                new DetailThresholdCheck()));
    }

    /** An engine with exactly these rule kinds; a form using another kind fails {@link #check}. */
    public RuleEngine(Collection<? extends RuleCheck> checks) {
        Map<RuleKind, RuleCheck> byKind = new EnumMap<>(RuleKind.class);
        for (RuleCheck check : checks) {
            if (byKind.put(Objects.requireNonNull(check.kind(), "kind"), check) != null) {
                throw new IllegalArgumentException("Two checks for rule kind " + check.kind());
            }
        }
        this.checks = Collections.unmodifiableMap(byKind);
    }

    /**
     * Checks the whole form: unique line codes and rule ids, and every rule's parameters against the form.
     *
     * @throws IllegalArgumentException listing every broken rule by id (each problem is also attached as a
     *                                  suppressed exception)
     */
    public void check(FormSpec form) {
        compiledFor(form);
    }

    /**
     * The findings of the form's rules on the report, ERROR first, then by line code, then by rule id; empty for a
     * clean report. The list is unmodifiable.
     *
     * @throws IllegalArgumentException if the form has a broken rule, as {@link #check} would
     */
    public List<RuleResult> validate(FormSpec form, ReportData data) {
        Objects.requireNonNull(data, "data");
        return compiledFor(form).validate(data);
    }

    private CompiledForm compiledFor(FormSpec form) {
        Objects.requireNonNull(form, "form");
        CompiledForm recent = last;
        if (recent != null && recent.form() == form) {
            return recent;
        }
        CompiledForm c = compiled.get(form);
        if (c == null) {
            c = compile(form);
            if (compiled.size() >= CACHE_LIMIT) {
                compiled.clear();
            }
            compiled.putIfAbsent(form, c);
        }
        // return the local, never a re-read of the shared field: another thread may have set it to another form
        CompiledForm result = c.form() == form ? c : new CompiledForm(form, c);
        last = result;
        return result;
    }

    private CompiledForm compile(FormSpec form) {
        List<IllegalArgumentException> problems = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (LineSpec line : form.lines()) {
            if (!codes.add(line.code())) {
                problems.add(new IllegalArgumentException(
                        "Form " + form.name() + " has line '" + line.code() + "' twice"));
            }
        }
        Set<String> ids = new HashSet<>();
        List<RuleCheck.Evaluator> evaluators = new ArrayList<>(form.rules().size());
        for (RuleSpec rule : form.rules()) {
            if (!ids.add(rule.id())) {
                problems.add(new IllegalArgumentException(
                        "Form " + form.name() + " has rule id '" + rule.id() + "' twice"));
                continue;
            }
            RuleCheck check = checks.get(rule.kind());
            if (check == null) {
                problems.add(new IllegalArgumentException(
                        "Rule '" + rule.id() + "' of form " + form.name() + ": no check for kind " + rule.kind()));
                continue;
            }
            try {
                evaluators.add(check.compile(rule, form));
            } catch (IllegalArgumentException e) {
                problems.add(e);
            }
        }
        if (problems.size() == 1) {
            throw problems.get(0);
        }
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder("Form " + form.name() + " has " + problems.size() + " problems:");
            problems.forEach(p -> message.append("\n- ").append(p.getMessage()));
            IllegalArgumentException all = new IllegalArgumentException(message.toString());
            problems.forEach(all::addSuppressed);
            throw all;
        }
        return new CompiledForm(form, evaluators);
    }
}
