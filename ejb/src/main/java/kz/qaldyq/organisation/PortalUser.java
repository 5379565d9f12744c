package kz.qaldyq.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Set;
import kz.qaldyq.platform.BusinessException;

/**
 * A person known to the portal by the Keycloak user name. Credentials and roles live in Keycloak; the portal keeps
 * the data scope (the region of an akimat official) and the preferred language.
 */
@Entity
@Table(name = "portal_user")
public class PortalUser {

    public static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");

    @Id
    private String username;

    @Column(name = "display_name")
    private String displayName;

    private String locale;

    @Column(name = "region_code")
    private String regionCode;

    @Version
    private int version;

    protected PortalUser() {
    }

    public PortalUser(String username, String displayName) {
        this.username = username;
        this.displayName = displayName;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName == null ? username : displayName;
    }

    public String getLocale() {
        return locale;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void preferLanguage(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new BusinessException("language.unsupported", language);
        }
        this.locale = language;
    }

    public void assignRegion(String region) {
        this.regionCode = region;
    }

    public void rename(String name) {
        if (name != null && !name.isBlank()) {
            this.displayName = name.strip();
        }
    }
}
