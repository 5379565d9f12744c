package kz.qaldyq.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;

/**
 * Who is calling: the authenticated user name (Keycloak's preferred_username) and realm roles. {@code @PermitAll}
 * switches EJB security on for this bean; without any security metadata WildFly reports every caller as anonymous.
 */
@Stateless
@PermitAll
public class Caller {

    @Resource
    private EJBContext context;

    public String username() {
        return context.getCallerPrincipal().getName();
    }

    public boolean is(String role) {
        return context.isCallerInRole(role);
    }

    /** Ministry and admin see the whole country. */
    public boolean isNational() {
        return is(Roles.MINISTRY) || is(Roles.ADMIN);
    }
}
