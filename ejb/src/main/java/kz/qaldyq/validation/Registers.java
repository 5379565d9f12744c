package kz.qaldyq.validation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What the registry rule kinds share: the {@code when} condition and comma lists of categories. */
final class Registers {

    private Registers() {
    }

    /** True when the rule has no condition, or the named header field is {@code true}. */
    static boolean applies(String when, ReportData data) {
        return when == null || "true".equalsIgnoreCase(String.valueOf(data.header().get(when)).strip());
    }

    /** A required comma list (categories, classes), trimmed; an empty entry is a broken rule. */
    static Set<String> list(Params params, String name, boolean lowerCase) {
        String asWritten = params.required(name);
        Set<String> entries = Arrays.stream(asWritten.split(",", -1))
                .map(c -> lowerCase ? c.strip().toLowerCase(Locale.ROOT) : c.strip())
                .collect(Collectors.toUnmodifiableSet());
        if (entries.contains("")) {
            throw params.fail(name + " has an empty entry: '" + asWritten + "'");
        }
        return entries;
    }

    /** A row counts unless it says zero tonnes: a listed counterparty without a quantity yet still needs checking. */
    static boolean counts(DetailRow row) {
        return row.tonnes() == null || row.tonnes().signum() > 0;
    }

    static BigDecimal tonnes(DetailRow row) {
        return row.tonnes() == null ? BigDecimal.ZERO : row.tonnes();
    }
}
