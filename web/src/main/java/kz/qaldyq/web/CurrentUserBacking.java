package kz.qaldyq.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import kz.qaldyq.organisation.PortalUser;
import kz.qaldyq.organisation.UserService;
import kz.qaldyq.platform.Roles;

/** Who is looking at the page: name, role and what the menu offers; and logout through Keycloak. */
@Named("currentUser")
@RequestScoped
public class CurrentUserBacking {

    @Inject
    private UserService users;

    private PortalUser user;

    private ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    public boolean isAuthenticated() {
        return external().getUserPrincipal() != null;
    }

    public String getUsername() {
        return isAuthenticated() ? external().getUserPrincipal().getName() : null;
    }

    public String getDisplayName() {
        if (!isAuthenticated()) {
            return null;
        }
        if (user == null) {
            user = users.me(null);
        }
        return user.getDisplayName();
    }

    /** The role that decides what the user does; a user holding several is shown by the widest. */
    public String getRole() {
        ExternalContext external = external();
        for (String role : new String[] {Roles.ADMIN, Roles.MINISTRY, Roles.AKIMAT, Roles.ENTERPRISE}) {
            if (external.isUserInRole(role)) {
                return role;
            }
        }
        return "none";
    }

    public boolean is(String role) {
        return external().isUserInRole(role);
    }

    /** Ends the portal session and, through the OIDC client, the Keycloak session; the next page asks to log in. */
    public void logout() throws IOException {
        ExternalContext external = external();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        try {
            request.logout();
        } catch (ServletException e) {
            throw new IOException(e);
        }
        external.invalidateSession();
        external.redirect(request.getContextPath() + "/");
    }
}
