package kz.qaldyq.organisation;

import static kz.qaldyq.platform.Roles.ADMIN;
import static kz.qaldyq.platform.Roles.AKIMAT;
import static kz.qaldyq.platform.Roles.ENTERPRISE;
import static kz.qaldyq.platform.Roles.MINISTRY;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import kz.qaldyq.audit.AuditEntry;
import kz.qaldyq.audit.AuditService;
import kz.qaldyq.platform.AccessDeniedException;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.ConcurrentChangeException;
import kz.qaldyq.platform.NotFoundException;
import kz.qaldyq.platform.Page;
import kz.qaldyq.reference.KatoUnit;
import kz.qaldyq.reference.ReferenceService;

/** Registers and describes organisations and their facilities, within the caller's data scope. */
@Stateless
public class OrganisationService {

    public static final int MAX_PAGE = 200;

    @Inject
    private OrganisationRepository repository;

    @Inject
    private ReferenceService reference;

    @Inject
    private DataScope scope;

    @Inject
    private AuditService audit;

    @RolesAllowed(ADMIN)
    public Organisation register(OrganisationInput input) {
        Bin bin = Bin.of(input.bin());
        if (repository.findByBin(bin.value()).isPresent()) {
            throw new BusinessException("organisation.duplicateBin", bin.value());
        }
        requireKnownKato(input.katoCode());
        Organisation organisation = new Organisation(bin, input.name(), input.katoCode(), input.address(), input.activities(), scope.username());
        repository.persist(organisation);
        audit.record("ORGANISATION_REGISTERED", "Organisation", organisation.getId(), bin.value());
        return organisation;
    }

    /** Saves a description the caller loaded at {@code loadedVersion}; refused if someone saved it in between. */
    @RolesAllowed(ADMIN)
    public Organisation update(long id, int loadedVersion, OrganisationInput input) {
        Organisation organisation = getScoped(id);
        if (organisation.getVersion() != loadedVersion) {
            throw concurrentChange("Organisation", id);
        }
        requireKnownKato(input.katoCode());
        organisation.describe(input.name(), input.katoCode(), input.address(), input.activities());
        repository.flush();
        audit.record("ORGANISATION_CHANGED", "Organisation", id, null);
        return organisation;
    }

    @RolesAllowed({ENTERPRISE, AKIMAT, MINISTRY, ADMIN})
    public Organisation get(long id) {
        return getScoped(id);
    }

    @RolesAllowed({ENTERPRISE, AKIMAT, MINISTRY, ADMIN})
    public Organisation getByBin(String bin) {
        Organisation organisation = repository.findByBin(Bin.of(bin).value())
                .orElseThrow(() -> new NotFoundException("organisation", bin));
        scope.requireOrganisation(organisation);
        return organisation;
    }

    /** Organisations the caller may see that match the query, one page at a time. */
    @RolesAllowed({ENTERPRISE, AKIMAT, MINISTRY, ADMIN})
    public Page<Organisation> search(OrganisationQuery query, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        if (scope.isNational()) {
            return repository.search(query, null, null, Math.max(0, offset), size);
        }
        if (scope.is(AKIMAT)) {
            String region = scope.callerRegion().orElseThrow(() -> new AccessDeniedException("scope.noRegion"));
            return repository.search(query, region, null, Math.max(0, offset), size);
        }
        return repository.search(query, null, scope.username(), Math.max(0, offset), size);
    }

    /** The organisations an enterprise user acts for. */
    @RolesAllowed({ENTERPRISE, AKIMAT, MINISTRY, ADMIN})
    public List<Organisation> mine() {
        return repository.findLinkedTo(scope.username());
    }

    @RolesAllowed({ENTERPRISE, AKIMAT, MINISTRY, ADMIN})
    public List<Facility> facilitiesOf(long organisationId) {
        getScoped(organisationId);
        return repository.findFacilities(organisationId);
    }

    @RolesAllowed({ENTERPRISE, AKIMAT, MINISTRY, ADMIN})
    public Facility getFacility(long facilityId) {
        Facility facility = repository.findFacility(facilityId).orElseThrow(() -> new NotFoundException("facility", facilityId));
        scope.requireOrganisation(facility.getOrganisation());
        return facility;
    }

    /**
     * The facility directory for pickers (a delivery's receiving facility): any active facility by part of its name or
     * the start of its operator's BIN, whatever the caller's scope, since where waste may be taken is not a secret.
     */
    @RolesAllowed({ENTERPRISE, AKIMAT, MINISTRY, ADMIN})
    public List<FacilityEntry> searchFacilities(String text, int limit) {
        return repository.searchFacilities(text, Math.max(1, Math.min(limit, 50))).stream().map(FacilityEntry::of).toList();
    }

    @RolesAllowed({ENTERPRISE, AKIMAT, MINISTRY, ADMIN})
    public Optional<FacilityEntry> findFacilityEntry(long facilityId) {
        return repository.findFacilityWithOrganisation(facilityId).map(FacilityEntry::of);
    }

    @RolesAllowed(ADMIN)
    public Facility addFacility(long organisationId, FacilityInput input) {
        Organisation organisation = getScoped(organisationId);
        requireKnownKato(input.katoCode());
        Facility facility = new Facility(organisation, input);
        repository.persist(facility);
        audit.record("FACILITY_ADDED", "Organisation", organisationId, facility.getName());
        return facility;
    }

    @RolesAllowed(ADMIN)
    public Facility updateFacility(long facilityId, int loadedVersion, FacilityInput input) {
        Facility facility = getFacility(facilityId);
        if (facility.getVersion() != loadedVersion) {
            throw concurrentChange("Organisation", facility.getOrganisation().getId());
        }
        requireKnownKato(input.katoCode());
        facility.describe(input);
        repository.flush();
        audit.record("FACILITY_CHANGED", "Organisation", facility.getOrganisation().getId(), facility.getName());
        return facility;
    }

    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public long countInRegion(String regionCode) {
        scope.requireRegion(regionCode);
        return repository.countInRegion(regionCode);
    }

    @RolesAllowed({MINISTRY, ADMIN})
    public long countAll() {
        return repository.countAll();
    }

    @RolesAllowed({MINISTRY, ADMIN})
    public long countFacilities() {
        return repository.countFacilities();
    }

    private Organisation getScoped(long id) {
        Organisation organisation = repository.findById(id).orElseThrow(() -> new NotFoundException("organisation", id));
        scope.requireOrganisation(organisation);
        return organisation;
    }

    private void requireKnownKato(String code) {
        if (code == null || !code.matches("[0-9]{9}")) {
            throw new BusinessException("kato.format", String.valueOf(code));
        }
        KatoUnit unit = reference.findKato(code).orElseThrow(() -> new BusinessException("kato.unknown", code));
        if (!unit.isActive()) {
            throw new BusinessException("kato.unknown", code);
        }
    }

    private ConcurrentChangeException concurrentChange(String type, Object id) {
        List<AuditEntry> history = audit.historyOf(type, id);
        AuditEntry last = history.isEmpty() ? null : history.get(0);
        return new ConcurrentChangeException(last == null ? "?" : last.getActor(), last == null ? "?" : last.getAt());
    }
}
