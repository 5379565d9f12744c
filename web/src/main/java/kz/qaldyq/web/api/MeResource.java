package kz.qaldyq.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import kz.qaldyq.organisation.OrganisationService;
import kz.qaldyq.organisation.PortalUser;
import kz.qaldyq.organisation.UserService;
import kz.qaldyq.platform.Roles;
import kz.qaldyq.reference.ReferenceService;

/** GET /api/me: who the token belongs to, its roles and its data scope. */
@Path("/me")
public class MeResource {

    public record OrganisationRef(long id, String bin, String name) {
    }

    public record RegionRef(String kato, String name) {
    }

    public record Me(String username, String displayName, List<String> roles, List<OrganisationRef> organisations, RegionRef region,
                     String language) {
    }

    @Inject
    private UserService users;
    @Inject
    private OrganisationService organisations;
    @Inject
    private ReferenceService reference;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Me me(@Context SecurityContext security, @Context HttpHeaders headers) {
        Locale locale = ApiLocale.of(headers);
        PortalUser user = users.me(null);
        List<String> roles = Stream.of(Roles.ENTERPRISE, Roles.AKIMAT, Roles.MINISTRY, Roles.ADMIN)
                .filter(security::isUserInRole).toList();
        List<OrganisationRef> linked = organisations.mine().stream()
                .map(o -> new OrganisationRef(o.getId(), o.getBinValue(), o.nameIn(locale))).toList();
        RegionRef region = user.getRegionCode() == null ? null
                : reference.findKato(user.getRegionCode()).map(k -> new RegionRef(k.getCode(), k.nameIn(locale))).orElse(null);
        return new Me(user.getUsername(), user.getDisplayName(), roles, linked, region, user.getLocale());
    }
}
