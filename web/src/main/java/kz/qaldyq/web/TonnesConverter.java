package kz.qaldyq.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Quantities as people in Kazakhstan type them (DOMAIN §3 "Units"): a decimal comma (the Kazakh and Russian habit)
 * or a decimal point, and spaces between groups of thousands, so "1 234,5", "1234.5" and "1 234.500" are the same
 * figure. Thousands are never separated by commas or points, so "1,234" is always one and a quarter tonnes. Shown
 * back with spaces between thousands and the decimal separator of the user's language, which this converter reads.
 */
@FacesConverter("qaldyq.tonnes")
public class TonnesConverter implements Converter<BigDecimal> {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+([.,][0-9]+)?");

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return parse(value);
        } catch (NumberFormatException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text("general.input.tonnes.invalid", value.strip()), null));
        }
    }

    /** The figure typed, or null for an empty field; refuses anything else than digits, one separator and spaces. */
    public static BigDecimal parse(String typed) {
        if (typed == null) {
            return null;
        }
        String compact = compact(typed);
        if (compact.isEmpty()) {
            return null;
        }
        if (!NUMBER.matcher(compact).matches()) {
            throw new NumberFormatException(typed);
        }
        return new BigDecimal(compact.replace(',', '.'));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : format(value, Messages.currentLocale());
    }

    /** Without any kind of space (the JDK's own formats group with non-breaking ones). */
    static String compact(String typed) {
        StringBuilder out = new StringBuilder(typed.length());
        typed.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** "1 234,5" in Kazakh and Russian, "1 234.5" in English; at most three decimals, none that are zero. */
    public static String format(BigDecimal value, Locale locale) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        String digits = plain.abs().toPlainString();
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(' ');
            }
            out.append(whole.charAt(i));
        }
        if (point >= 0) {
            out.append("en".equals(locale == null ? null : locale.getLanguage()) ? '.' : ',').append(digits, point + 1, digits.length());
        }
        return (plain.signum() < 0 ? "-" : "") + out;
    }
}
