package kz.qaldyq.validation;

import java.util.Objects;

/**
 * One line of a form version: its stable code (e.g. {@code "101"}), its label in three languages and its unit
 * ({@code "t"}, {@code "persons"} or {@code "count"}; the unit decides how values are written in messages and which
 * lines {@code *} selects for the kilogram check).
 */
public record LineSpec(String code, Text label, String unit) {

    public LineSpec {
        Objects.requireNonNull(code, "code");
        if (label == null) {
            label = new Text(null, null, null);
        }
    }

    boolean inTonnes() {
        return "t".equals(unit);
    }
}
