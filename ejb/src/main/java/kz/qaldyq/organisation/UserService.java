package kz.qaldyq.organisation;

import static kz.qaldyq.platform.Roles.ADMIN;
import static kz.qaldyq.platform.Roles.AKIMAT;
import static kz.qaldyq.platform.Roles.ENTERPRISE;
import static kz.qaldyq.platform.Roles.MINISTRY;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import kz.qaldyq.audit.AuditService;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.NotFoundException;
import kz.qaldyq.platform.Page;
import kz.qaldyq.reference.KatoUnit;
import kz.qaldyq.reference.ReferenceService;

/** The portal's side of a user: its language, and (for the administrator) its organisation and region links. */
@Stateless
public class UserService {

    @Inject
    private OrganisationRepository repository;

    @Inject
    private ReferenceService reference;

    @Inject
    private DataScope scope;

    @Inject
    private AuditService audit;

    /** The calling user, recorded on first sight with the name Keycloak gave. */
    @RolesAllowed({ENTERPRISE, AKIMAT, MINISTRY, ADMIN})
    public PortalUser me(String displayName) {
        String username = scope.username();
        return repository.findUser(username).orElseGet(() -> {
            PortalUser user = new PortalUser(username, displayName);
            repository.persist(user);
            return user;
        });
    }

    @RolesAllowed({ENTERPRISE, AKIMAT, MINISTRY, ADMIN})
    public void rememberLanguage(String language) {
        me(null).preferLanguage(language);
    }

    @RolesAllowed(ADMIN)
    public Page<PortalUser> search(String text, int offset, int limit) {
        return repository.searchUsers(text, Math.max(0, offset), Math.max(1, Math.min(limit, OrganisationService.MAX_PAGE)));
    }

    @RolesAllowed(ADMIN)
    public PortalUser getUser(String username) {
        return repository.findUser(username).orElseThrow(() -> new NotFoundException("user", username));
    }

    /** Records a user before its first login, so that its links can be set up in advance. */
    @RolesAllowed(ADMIN)
    public PortalUser register(String username, String displayName) {
        if (username == null || !username.strip().matches("[A-Za-z0-9._@-]{2,100}")) {
            throw new BusinessException("user.nameInvalid", String.valueOf(username));
        }
        String name = username.strip();
        if (repository.findUser(name).isPresent()) {
            throw new BusinessException("user.exists", name);
        }
        PortalUser user = new PortalUser(name, displayName);
        repository.persist(user);
        audit.record("USER_REGISTERED", "PortalUser", name, null);
        return user;
    }

    @RolesAllowed(ADMIN)
    public void link(String username, String bin) {
        PortalUser user = getUser(username);
        Organisation organisation = repository.findByBin(Bin.of(bin).value())
                .orElseThrow(() -> new NotFoundException("organisation", bin));
        if (repository.isLinked(user.getUsername(), organisation.getId())) {
            throw new BusinessException("user.alreadyLinked", username, organisation.getBinValue());
        }
        repository.persist(new UserOrganisationLink(user.getUsername(), organisation.getId()));
        audit.record("USER_LINKED", "PortalUser", username, organisation.getBinValue());
    }

    @RolesAllowed(ADMIN)
    public void unlink(String username, long organisationId) {
        if (!repository.isLinked(username, organisationId)) {
            throw new NotFoundException("link", username + "/" + organisationId);
        }
        repository.remove(new UserOrganisationLink(username, organisationId));
        audit.record("USER_UNLINKED", "PortalUser", username, String.valueOf(organisationId));
    }

    @RolesAllowed(ADMIN)
    public void assignRegion(String username, String regionCode) {
        PortalUser user = getUser(username);
        if (regionCode != null && !regionCode.isBlank()) {
            KatoUnit region = reference.findKato(regionCode).orElseThrow(() -> new BusinessException("kato.unknown", regionCode));
            if (region.getLevel() != KatoUnit.Level.REGION) {
                throw new BusinessException("kato.notRegion", regionCode);
            }
            user.assignRegion(region.getCode());
        } else {
            user.assignRegion(null);
        }
        audit.record("USER_REGION_SET", "PortalUser", username, regionCode);
    }

    @RolesAllowed({ENTERPRISE, AKIMAT, MINISTRY, ADMIN})
    public List<Organisation> organisationsOf(String username) {
        if (!scope.isNational() && !scope.username().equals(username)) {
            throw new kz.qaldyq.platform.AccessDeniedException("scope.user", username);
        }
        return repository.findLinkedTo(username);
    }
}
