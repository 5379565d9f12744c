package kz.qaldyq.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import kz.qaldyq.web.LanguageBacking;

/** The API speaks the first of the caller's Accept-Language that the portal has, else Russian. */
final class ApiLocale {

    private ApiLocale() {
    }

    static Locale of(HttpHeaders headers) {
        if (headers != null) {
            for (Locale locale : headers.getAcceptableLanguages()) {
                if (LanguageBacking.SUPPORTED.contains(locale.getLanguage())) {
                    return Locale.forLanguageTag(locale.getLanguage());
                }
            }
        }
        return Locale.forLanguageTag("ru");
    }
}
