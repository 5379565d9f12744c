package kz.qaldyq.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads a rule's string parameters and turns every mistake into an IllegalArgumentException that names the rule,
 * its kind and the form, because the person who has to fix it is an administrator looking at a form version.
 */
final class Params {

    private final RuleSpec rule;
    private final FormSpec form;

    Params(RuleSpec rule, FormSpec form, String... known) {
        this.rule = rule;
        this.form = form;
        Set<String> allowed = Set.of(known);
        for (String name : rule.params().keySet()) {
            if (!allowed.contains(name)) {
                // A misspelt optional parameter would otherwise silently fall back to its default.
                throw fail("unknown param '" + name + "' (known: " + String.join(", ", known) + ")");
            }
        }
    }

    IllegalArgumentException fail(String problem) {
        return new IllegalArgumentException(
                "Rule '" + rule.id() + "' (" + rule.kind() + ") of form " + form.name() + ": " + problem);
    }

    String required(String name) {
        String value = rule.params().get(name);
        if (value == null || value.isBlank()) {
            throw fail("param '" + name + "' is required");
        }
        return value.trim();
    }

    String optional(String name) {
        String value = rule.params().get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    LineSpec line(String name) {
        return lineCalled(required(name), name);
    }

    LineSpec optionalLine(String name, LineSpec otherwise) {
        String code = optional(name);
        return code == null ? otherwise : lineCalled(code, name);
    }

    private LineSpec lineCalled(String code, String param) {
        LineSpec line = form.line(code);
        if (line == null) {
            throw fail("param '" + param + "' names line '" + code + "', which the form does not have");
        }
        return line;
    }

    /**
     * A required list of lines: codes and ranges separated by commas ({@code "101-114, 200"}); a range takes every
     * numeric code of the form between its ends, which must themselves be lines of the form (a typo such as
     * {@code 101-141} must not pass as a range that happens to cover the right lines). {@code *} takes the form's
     * lines that pass {@code star}. A line listed twice is refused, as it would be counted twice.
     */
    List<LineSpec> lines(String name, Predicate<LineSpec> star) {
        String spec = required(name);
        if (spec.equals("*")) {
            List<LineSpec> all = new ArrayList<>();
            for (LineSpec line : form.lines()) {
                if (star.test(line)) {
                    all.add(line);
                }
            }
            return List.copyOf(all);
        }
        Set<LineSpec> lines = new LinkedHashSet<>();
        for (String raw : spec.split(",")) {
            String token = raw.trim();
            if (token.isEmpty()) {
                throw fail("param '" + name + "' has an empty entry: '" + spec + "'");
            }
            for (LineSpec line : expand(token, name)) {
                if (!lines.add(line)) {
                    throw fail("param '" + name + "' lists line '" + line.code() + "' more than once");
                }
            }
        }
        return List.copyOf(lines);
    }

    private List<LineSpec> expand(String token, String param) {
        LineSpec literal = form.line(token);
        int dash = token.indexOf('-');
        if (literal != null || dash <= 0) {
            return List.of(lineCalled(token, param));
        }
        String from = token.substring(0, dash).trim();
        String to = token.substring(dash + 1).trim();
        if (!isNumeric(from) || !isNumeric(to)) {
            throw fail("param '" + param + "': '" + token + "' is neither a line nor a numeric range");
        }
        lineCalled(from, param);
        lineCalled(to, param);
        if (LineCodes.ORDER.compare(from, to) > 0) {
            throw fail("param '" + param + "': range '" + token + "' runs backwards");
        }
        List<LineSpec> range = new ArrayList<>();
        for (LineSpec line : form.lines()) {
            String code = line.code();
            if (isNumeric(code) && LineCodes.ORDER.compare(from, code) <= 0 && LineCodes.ORDER.compare(code, to) <= 0) {
                range.add(line);
            }
        }
        return range;
    }

    static boolean isNumeric(String code) {
        if (code.isEmpty()) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A non-negative decimal, or {@code otherwise} when absent. */
    BigDecimal decimal(String name, BigDecimal otherwise) {
        String raw = optional(name);
        if (raw == null) {
            return otherwise;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(raw);
        } catch (NumberFormatException e) {
            throw fail("param '" + name + "' is not a number: '" + raw + "'");
        }
        if (value.signum() < 0) {
            throw fail("param '" + name + "' must not be negative: " + raw);
        }
        return value;
    }

    BigDecimal requiredDecimal(String name) {
        required(name);
        return decimal(name, null);
    }

    /** The parameter as written, for the {parts}/{left}/{right} placeholders. */
    String asWritten(String name) {
        return optional(name);
    }
}
