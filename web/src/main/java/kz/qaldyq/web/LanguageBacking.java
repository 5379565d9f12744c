package kz.qaldyq.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.qaldyq.organisation.UserService;

/**
 * The language the user reads the portal in: the user's saved choice, else the browser's preference among Kazakh,
 * Russian and English, else Russian. A choice made here is saved for the user and kept for the session.
 */
@Named("language")
@SessionScoped
public class LanguageBacking implements Serializable {

    public static final List<String> SUPPORTED = List.of("kk", "ru", "en");

    private Locale locale;
    private boolean savedChoiceRead;

    @Inject
    private UserService users;

    public Locale getLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        if (!savedChoiceRead && request.getUserPrincipal() != null) {
            savedChoiceRead = true;
            String saved = users.me(null).getLocale();
            if (saved != null) {
                locale = Locale.forLanguageTag(saved);
            }
        }
        if (locale == null) {
            locale = fromBrowser(request);
        }
        return locale;
    }

    public String getCode() {
        return getLocale().getLanguage();
    }

    public void switchTo(String language) throws IOException {
        if (!SUPPORTED.contains(language)) {
            return;
        }
        locale = Locale.forLanguageTag(language);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (external.getUserPrincipal() != null) {
            users.rememberLanguage(language);
            savedChoiceRead = true;
        }
        faces.getViewRoot().setLocale(locale);
        String viewId = faces.getViewRoot().getViewId();
        if (viewId.startsWith("/WEB-INF/")) {
            // an error page, forwarded to: show the address the user asked for again
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            String query = request.getQueryString();
            external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
            return;
        }
        // the switch is a POST whose address has no query string: the page's view parameters (report/page.xhtml?id=)
        // come from the view itself, or the page would open without the record it showed
        external.redirect(faces.getApplication().getViewHandler().getBookmarkableURL(faces, viewId, Map.of(), true));
    }

    static Locale fromBrowser(HttpServletRequest request) {
        for (Locale candidate : Collections.list(request.getLocales())) {
            if (SUPPORTED.contains(candidate.getLanguage())) {
                return Locale.forLanguageTag(candidate.getLanguage());
            }
        }
        return Locale.forLanguageTag("ru");
    }
}
