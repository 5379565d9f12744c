package kz.qaldyq.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.MessageKey;

/** Texts of the application bundle in the user's language, and business refusals turned into page messages. */
public final class Messages {

    public static final String BUNDLE = "kz.qaldyq.web.i18n.messages";

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** A refusal in the user's language; a moment in it ("saved at …") reads as Kazakhstan's wall-clock time. */
    public static String of(Locale locale, BusinessException e) {
        return text(locale, "error." + e.getKey(), e.getArguments().stream().map(a -> rendered(locale, a)).toArray());
    }

    /**
     * An argument as the user reads it: a {@link MessageKey} in the user's language, a list of them as one
     * enumeration, a moment in Kazakhstan's time, and identifiers and years as plain digits ("report 1101", never "1,101").
     */
    private static Object rendered(Locale locale, Object argument) {
        if (argument instanceof MessageKey key) {
            return text(locale, key.key());
        }
        if (argument instanceof Collection<?> list && !list.isEmpty() && list.iterator().next() instanceof MessageKey) {
            return list.stream().map(a -> String.valueOf(rendered(locale, a))).collect(Collectors.joining("; "));
        }
        if (argument instanceof Instant at) {
            return InstantConverter.format(at);
        }
        if (argument instanceof Long || argument instanceof Integer) {
            return String.valueOf(argument);
        }
        if (argument instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        return argument;
    }

    public static String text(String key, Object... arguments) {
        return text(currentLocale(), key, arguments);
    }

    public static Locale currentLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : faces.getExternalContext().getRequestLocale();
    }

    /** Shows a business refusal next to the component (or globally when {@code clientId} is null). */
    public static void error(String clientId, BusinessException e) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, of(currentLocale(), e), null));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** A confirmation on the page that is shown again (an AJAX action, no redirect follows). */
    public static void done(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    /** A confirmation; kept across a redirect (flash), since a successful save often opens another page. */
    public static void info(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
