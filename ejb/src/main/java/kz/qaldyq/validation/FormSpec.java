package kz.qaldyq.validation;

import java.util.List;
import java.util.Objects;

/**
 * A version of a statistical form as far as validation is concerned: its lines and its rules. Immutable; equal
 * specs validate identically, which is what lets the engine cache the parsed rules per spec.
 */
public record FormSpec(String formCode, String version, List<LineSpec> lines, List<RuleSpec> rules) {

    public FormSpec {
        Objects.requireNonNull(formCode, "formCode");
        lines = lines == null ? List.of() : List.copyOf(lines);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** The line with this code, or null if the form has none. */
    public LineSpec line(String code) {
        for (LineSpec line : lines) {
            if (line.code().equals(code)) {
                return line;
            }
        }
        return null;
    }

    /** "waste-1/2025", for messages about a broken form version. */
    String name() {
        return formCode + "/" + version;
    }
}
