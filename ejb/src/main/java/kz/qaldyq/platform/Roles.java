package kz.qaldyq.platform;

/** The Keycloak realm roles (DOMAIN §1). */
public final class Roles {

    public static final String ENTERPRISE = "enterprise";
    public static final String AKIMAT = "akimat";
    public static final String MINISTRY = "ministry";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
