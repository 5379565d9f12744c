package kz.qaldyq.validation;

import java.util.HashMap;
import java.util.Map;

/**
 * One control of a form version as stored by the administrator: its id (unique in the form), kind, severity,
 * parameters (strings, as kept in the database; see the class of each {@link RuleKind} for their names) and message
 * template per language. Parameters with a null value count as absent.
 */
public record RuleSpec(String id, RuleKind kind, Severity severity, Map<String, String> params, Text message) {

    public RuleSpec {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A rule needs an id");
        }
        if (kind == null) {
            throw new IllegalArgumentException("Rule '" + id + "' has no kind");
        }
        if (severity == null) {
            throw new IllegalArgumentException("Rule '" + id + "' has no severity");
        }
        if (message == null) {
            throw new IllegalArgumentException("Rule '" + id + "' has no message");
        }
        params = ReportData.copyWithoutNulls(params);
    }

    /** For code and tests: {@code of("r1", kind, severity, message, "total", "100", "parts", "101-114")}. */
    public static RuleSpec of(String id, RuleKind kind, Severity severity, Text message, String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Rule '" + id + "': params need a value for every key");
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            params.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new RuleSpec(id, kind, severity, params, message);
    }
}
