package kz.qaldyq.validation;

import java.math.BigDecimal;

/**
 * The figures of one finding and the filling of the rule's message template with them, in each language.
 *
 * <p>Placeholders: {@code {line}} line code, {@code {label}} its label, {@code {unit}} its unit, {@code {value}}
 * the value checked, {@code {expected}} what it was checked against (sum of parts, other side, header figure, detail
 * total, allowed classes, prior value), {@code {difference}}, {@code {percent}} (relative difference or ratio in %),
 * {@code {limit}} (the tolerance or maximum that was exceeded), {@code {prior}}, {@code {ratio}} (value / prior),
 * {@code {parts}}, {@code {left}} and {@code {right}} (the line lists as written in the rule), {@code {header}} (the
 * header field as written in the report), {@code {table}}, {@code {category}}, {@code {counterparty}} (the detail row's counterparty). A placeholder this finding has no
 * figure for is left empty; any other {@code {name}} is kept as written, so that a typo in a template shows.
 */
final class Message {

    private final RuleSpec rule;
    private final LineSpec line;
    private Severity severity;
    private BigDecimal value;
    private String expectedText;
    private BigDecimal expected;
    private BigDecimal difference;
    private BigDecimal percent;
    private BigDecimal limit;
    private boolean limitIsPercent;
    private BigDecimal prior;
    private BigDecimal ratio;
    private String parts;
    private String left;
    private String right;
    private String header;
    private String table;
    private String category;
    private String counterparty;

    private Message(RuleSpec rule, LineSpec line) {
        this.rule = rule;
        this.line = line;
        this.severity = rule.severity();
    }

    static Message about(RuleSpec rule, LineSpec line) {
        return new Message(rule, line);
    }

    Message severity(Severity s) {
        this.severity = s;
        return this;
    }

    Message value(BigDecimal v) {
        this.value = v;
        return this;
    }

    Message expected(BigDecimal v) {
        this.expected = v;
        return this;
    }

    Message expected(String asWritten) {
        this.expectedText = asWritten;
        return this;
    }

    Message difference(BigDecimal v) {
        this.difference = v;
        return this;
    }

    Message percent(BigDecimal v) {
        this.percent = v;
        return this;
    }

    Message limitPercent(BigDecimal v) {
        this.limit = v;
        this.limitIsPercent = true;
        return this;
    }

    Message limitQuantity(BigDecimal v) {
        this.limit = v;
        this.limitIsPercent = false;
        return this;
    }

    Message prior(BigDecimal v) {
        this.prior = v;
        return this;
    }

    Message ratio(BigDecimal v) {
        this.ratio = v;
        return this;
    }

    Message parts(String s) {
        this.parts = s;
        return this;
    }

    Message left(String s) {
        this.left = s;
        return this;
    }

    Message right(String s) {
        this.right = s;
        return this;
    }

    Message header(String s) {
        this.header = s;
        return this;
    }

    Message table(String s) {
        this.table = s;
        return this;
    }

    Message category(String s) {
        this.category = s;
        return this;
    }

    Message counterparty(String s) {
        this.counterparty = s;
        return this;
    }

    RuleResult result() {
        Text template = rule.message();
        Text text = new Text(fill(template.kk(), Lang.KK), fill(template.ru(), Lang.RU), fill(template.en(), Lang.EN));
        return new RuleResult(rule.id(), severity, line == null ? null : line.code(), text);
    }

    private String fill(String template, Lang lang) {
        if (template == null) {
            return null;
        }
        int open = template.indexOf('{');
        if (open < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int from = 0;
        while (open >= 0) {
            int close = template.indexOf('}', open + 1);
            if (close < 0) {
                break;
            }
            String name = template.substring(open + 1, close);
            String filled = placeholder(name, lang);
            if (filled == null) {
                // Not a placeholder: keep the brace and look for one starting after it, e.g. "{{line}".
                out.append(template, from, open + 1);
                from = open + 1;
            } else {
                out.append(template, from, open).append(filled);
                from = close + 1;
            }
            open = template.indexOf('{', from);
        }
        return out.append(template, from, template.length()).toString();
    }

    /** The text for a known placeholder ("" if this finding has no figure for it), or null for an unknown name. */
    private String placeholder(String name, Lang lang) {
        return switch (name) {
            case "line" -> line == null ? "" : line.code();
            case "label" -> line == null ? "" : orEmpty(line.label().in(lang.code));
            case "unit" -> line == null ? "" : unit(line.unit(), lang);
            case "value" -> quantity(value, lang);
            case "expected" -> expectedText != null ? expectedText : quantity(expected, lang);
            case "difference" -> quantity(difference, lang);
            case "prior" -> quantity(prior, lang);
            case "percent" -> percent == null ? "" : Numbers.percent(percent, lang);
            case "ratio" -> ratio == null ? "" : Numbers.ratio(ratio, lang);
            case "limit" -> limit == null ? ""
                    : limitIsPercent ? Numbers.percent(limit, lang) : Numbers.quantity(limit, line, lang);
            case "parts" -> orEmpty(parts);
            case "left" -> orEmpty(left);
            case "right" -> orEmpty(right);
            case "header" -> orEmpty(header);
            case "table" -> orEmpty(table);
            case "category" -> orEmpty(category);
            case "counterparty" -> orEmpty(counterparty);
            default -> null;
        };
    }

    private String quantity(BigDecimal v, Lang lang) {
        return v == null ? "" : Numbers.quantity(v, line, lang);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static String unit(String unit, Lang lang) {
        if (unit == null) {
            return "";
        }
        return switch (unit) {
            case "t" -> lang == Lang.EN ? "t" : "т";
            case "persons" -> switch (lang) {
                case KK -> "адам";
                case RU -> "чел.";
                case EN -> "persons";
            };
            case "count" -> switch (lang) {
                case KK -> "дана";
                case RU -> "ед.";
                case EN -> "units";
            };
            default -> unit;
        };
    }
}
