package kz.qaldyq.registry.hazardous;

import static kz.qaldyq.platform.Roles.ADMIN;
import static kz.qaldyq.platform.Roles.AKIMAT;
import static kz.qaldyq.platform.Roles.ENTERPRISE;
import static kz.qaldyq.platform.Roles.MINISTRY;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import kz.qaldyq.organisation.DataScope;
import kz.qaldyq.organisation.Facility;
import kz.qaldyq.organisation.OrganisationService;
import kz.qaldyq.platform.AccessDeniedException;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.NotFoundException;
import kz.qaldyq.reference.HazardousProperty;
import kz.qaldyq.reference.ReferenceService;
import kz.qaldyq.reference.WasteCode;

/**
 * Passports of hazardous waste (EC art. 343): one per hazardous waste code and facility of a registered (or
 * registering) generator. Filing a second passport for the same waste is refused: the passport is revised, which
 * keeps every earlier version. Only the facility's organisation files or revises; the others read within their scope.
 */
@Stateless
public class PassportService {

    static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");

    @PersistenceContext
    private EntityManager em;
    @Inject
    private DataScope scope;
    @Inject
    private OrganisationService organisations;
    @Inject
    private ReferenceService reference;
    @Inject
    private HazardousRepository repository;

    /** Files the first version of a passport (today); late if more than three months after first generation. */
    @RolesAllowed(ENTERPRISE)
    public Passport file(PassportInput input) {
        Facility facility = ownFacility(input.facilityId());
        WasteCode code = hazardousCode(input.wasteCode());
        checkProperties(input);
        if (current(facility.getId(), code.getCode()).isPresent()) {
            throw new BusinessException("hazardous.passport.exists", code.getDisplayCode(), facility.getName());
        }
        Passport passport = new Passport(facility, code.getCode(), input, today(), scope.username());
        em.persist(passport);
        em.flush();
        em.persist(new HazardousEvent(HazardousEvent.PASSPORT, passport.getId(), scope.username(), "FILED", null,
                "V1", passport.isLate() ? "late" : null));
        return passport;
    }

    /** A revision: the next version with its reason; the revised version stays in the history. */
    @RolesAllowed(ENTERPRISE)
    public Passport revise(long passportId, PassportInput input, String reason) {
        Passport currentVersion = find(passportId);
        ownFacility(currentVersion.getFacility().getId());
        if (input.facilityId() != currentVersion.getFacility().getId()
                || !currentVersion.getWasteCode().equals(ReferenceService.normaliseWasteCode(input.wasteCode()))) {
            throw new BusinessException("hazardous.passport.subjectFixed");
        }
        checkProperties(input);
        Passport next = currentVersion.revise(input, reason, scope.username());
        em.flush();
        em.persist(next);
        em.flush();
        em.persist(new HazardousEvent(HazardousEvent.PASSPORT, next.getId(), scope.username(), "REVISED",
                "V" + currentVersion.getVersionNo(), "V" + next.getVersionNo(), next.getRevisionReason()));
        return next;
    }

    @RolesAllowed({ENTERPRISE, AKIMAT, MINISTRY, ADMIN})
    public Passport get(long id) {
        Passport passport = find(id);
        if (!scope.canSee(passport.getFacility().getOrganisation())) {
            throw new AccessDeniedException("scope.organisation", passport.getFacility().getOrganisation().getBinValue());
        }
        return passport;
    }

    /** Every version of the passport that {@code id} is a version of, newest first. */
    @RolesAllowed({ENTERPRISE, AKIMAT, MINISTRY, ADMIN})
    public List<Passport> versions(long id) {
        Passport passport = get(id);
        return em.createQuery("select p from Passport p where p.facility.id = :facility and p.wasteCode = :code order by p.versionNo desc", Passport.class)
                .setParameter("facility", passport.getFacility().getId()).setParameter("code", passport.getWasteCode()).getResultList();
    }

    /** The current passports of a facility. */
    @RolesAllowed({ENTERPRISE, AKIMAT, MINISTRY, ADMIN})
    public List<Passport> ofFacility(long facilityId) {
        organisations.getFacility(facilityId);
        return em.createQuery("select p from Passport p where p.facility.id = :facility and p.currentVersion order by p.wasteCode", Passport.class)
                .setParameter("facility", facilityId).getResultList();
    }

    @RolesAllowed({ENTERPRISE, AKIMAT, MINISTRY, ADMIN})
    public List<HazardousEvent> history(long id) {
        return versions(id).stream().flatMap(p -> repository.events(HazardousEvent.PASSPORT, p.getId()).stream())
                .sorted(java.util.Comparator.comparing(HazardousEvent::getAt)).toList();
    }

    @RolesAllowed({ENTERPRISE, AKIMAT, MINISTRY, ADMIN})
    public List<HazardousProperty> properties() {
        return reference.hazardousProperties();
    }

    Optional<Passport> current(long facilityId, String wasteCode) {
        return em.createQuery("select p from Passport p where p.facility.id = :facility and p.wasteCode = :code and p.currentVersion", Passport.class)
                .setParameter("facility", facilityId).setParameter("code", wasteCode).getResultStream().findFirst();
    }

    private Passport find(long id) {
        Passport passport = em.find(Passport.class, id);
        if (passport == null) {
            throw new NotFoundException("passport", id);
        }
        return passport;
    }

    /** A facility of the caller's organisation that the organisation declared in its generator registration. */
    private Facility ownFacility(long facilityId) {
        Facility facility = organisations.getFacility(facilityId);
        scope.requireActingFor(facility.getOrganisation());
        Generator generator = repository.findGenerator(facility.getOrganisation().getId())
                .orElseThrow(() -> new BusinessException("hazardous.passport.registerFirst"));
        if (!generator.hasFacility(facilityId)) {
            throw new BusinessException("hazardous.passport.facilityNotDeclared", facility.getName());
        }
        return facility;
    }

    private WasteCode hazardousCode(String typed) {
        WasteCode code = reference.findWasteCode(typed)
                .orElseThrow(() -> new BusinessException("hazardous.wasteCodeUnknown", String.valueOf(typed)));
        if (!code.isHazardous()) {
            throw new BusinessException("hazardous.passport.notHazardous", code.getCode());
        }
        return code;
    }

    private void checkProperties(PassportInput input) {
        List<String> known = reference.hazardousProperties().stream().map(HazardousProperty::getCode).toList();
        for (String property : input.properties()) {
            if (!known.contains(property)) {
                throw new BusinessException("hazardous.passport.propertyUnknown", String.valueOf(property));
            }
        }
    }

    private static LocalDate today() {
        return LocalDate.now(KAZAKHSTAN);
    }
}
