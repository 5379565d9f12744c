package kz.qaldyq.reconciliation;

import java.util.List;

/** Submitted ÷ expected reports of a region, form and year, with who is missing. */
public record Completeness(String regionCode, String formCode, int year, int expected, int submitted, List<MissingRespondent> missing) {

    public Completeness {
        missing = List.copyOf(missing);
    }

    /** Share of expected respondents that submitted, in per cent (100 when nobody is expected). */
    public double rate() {
        return expected == 0 ? 100.0 : 100.0 * submitted / expected;
    }
}
