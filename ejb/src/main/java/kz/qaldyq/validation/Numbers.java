package kz.qaldyq.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes numbers for messages by hand rather than through DecimalFormat: DecimalFormat is not thread-safe, and the
 * JDK's Kazakh and Russian locales group with a non-breaking space, which the portal does not want.
 */
final class Numbers {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Enough digits for any percent or ratio the messages show with one decimal. */
    static final MathContext DIVISION = MathContext.DECIMAL64;

    private Numbers() {
    }

    /** Tonnes with 3 decimals ("1 234,500"); persons and counts with as few decimals as they need, at most 3. */
    static String quantity(BigDecimal value, LineSpec line, Lang lang) {
        if (line == null || line.inTonnes()) {
            return fixed(value, 3, lang);
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return fixed(value, Math.max(0, Math.min(3, stripped.scale())), lang);
    }

    static String percent(BigDecimal value, Lang lang) {
        return fixed(value, 1, lang);
    }

    /** A factor: one decimal from 1 up ("1 000,0"), three significant digits below 1 ("0,00102"). */
    static String ratio(BigDecimal value, Lang lang) {
        if (value.abs().compareTo(BigDecimal.ONE) >= 0) {
            return fixed(value, 1, lang);
        }
        BigDecimal significant = value.round(new MathContext(3, RoundingMode.HALF_UP)).stripTrailingZeros();
        return fixed(significant, Math.max(0, significant.scale()), lang);
    }

    /** {@code a / b × 100}; b must not be zero. */
    static BigDecimal percentOf(BigDecimal a, BigDecimal b) {
        return a.multiply(HUNDRED).divide(b, DIVISION);
    }

    static String fixed(BigDecimal value, int scale, Lang lang) {
        BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_UP);
        String digits = rounded.abs().toPlainString();
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        StringBuilder out = new StringBuilder(digits.length() + whole.length() / 3 + 2);
        if (rounded.signum() < 0) {
            out.append('-');
        }
        int lead = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        out.append(whole, 0, lead);
        for (int i = lead; i < whole.length(); i += 3) {
            out.append(lang.grouping).append(whole, i, i + 3);
        }
        if (point >= 0) {
            out.append(lang.decimal).append(digits, point + 1, digits.length());
        }
        return out.toString();
    }

    /**
     * A header field as a number, or null if it is not one. Header fields are typed in by respondents, so grouping
     * spaces are tolerated; anything else unreadable is left to the header's own validation.
     */
    static BigDecimal parseHeader(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip().replace(" ", "").replace("\u00A0", "").replace("\u202F", "");
        if (s.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
