package kz.qaldyq.organisation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import kz.qaldyq.platform.AccessDeniedException;
import kz.qaldyq.platform.Caller;
import kz.qaldyq.platform.Roles;

/**
 * The caller's data scope (DOMAIN §1): an enterprise user sees only the organisations it is linked to, an akimat user
 * only its region, ministry and admin the whole country. Every service that hands out or changes scoped data asks here.
 */
@Stateless
public class DataScope {

    @Inject
    private Caller caller;

    @Inject
    private OrganisationRepository repository;

    public boolean canSee(Organisation organisation) {
        if (caller.isNational()) {
            return true;
        }
        if (caller.is(Roles.AKIMAT)) {
            return callerRegion().map(organisation.getRegionCode()::equals).orElse(false);
        }
        return caller.is(Roles.ENTERPRISE) && repository.isLinked(caller.username(), organisation.getId());
    }

    public void requireOrganisation(Organisation organisation) {
        if (!canSee(organisation)) {
            throw new AccessDeniedException("scope.organisation", organisation.getBinValue());
        }
    }

    /** An enterprise user acting for the organisation (filing); national and regional roles never file for it. */
    public void requireActingFor(Organisation organisation) {
        if (!caller.is(Roles.ENTERPRISE) || !repository.isLinked(caller.username(), organisation.getId())) {
            throw new AccessDeniedException("scope.organisation", organisation.getBinValue());
        }
    }

    public void requireRegion(String regionCode) {
        if (caller.isNational()) {
            return;
        }
        if (!caller.is(Roles.AKIMAT) || !callerRegion().map(regionCode::equals).orElse(false)) {
            throw new AccessDeniedException("scope.region", regionCode);
        }
    }

    /** The region an akimat official is linked to; empty for other roles or an unlinked official. */
    public Optional<String> callerRegion() {
        return repository.findUser(caller.username()).map(PortalUser::getRegionCode);
    }

    public boolean isLinkedTo(long organisationId) {
        return repository.isLinked(caller.username(), organisationId);
    }

    public String username() {
        return caller.username();
    }

    public boolean is(String role) {
        return caller.is(role);
    }

    public boolean isNational() {
        return caller.isNational();
    }
}
