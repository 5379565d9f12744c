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
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kz.qaldyq.organisation.DataScope;
import kz.qaldyq.organisation.Organisation;
import kz.qaldyq.organisation.OrganisationService;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.ConcurrentChangeException;
import kz.qaldyq.platform.NotFoundException;
import kz.qaldyq.reference.ReferenceService;

/**
 * The licence (EC art. 336) and notification (EC art. 337) registers: kept by the ministry and the administrator,
 * read by everyone signed in (a generator must see whom it may hand its waste to).
 */
@Stateless
public class PermitService {

    @PersistenceContext
    private EntityManager em;
    @Inject
    private DataScope scope;
    @Inject
    private OrganisationService organisations;
    @Inject
    private ReferenceService reference;

    @RolesAllowed({MINISTRY, ADMIN})
    public Permit create(PermitInput input) {
        Organisation holder = holder(input);
        Permit permit = new Permit(holder, normalised(input), scope.username());
        requireUniqueNumber(permit.getKind(), permit.getNumber(), null);
        em.persist(permit);
        em.flush();
        em.persist(new HazardousEvent(HazardousEvent.PERMIT, permit.getId(), scope.username(), "CREATED", null, permit.getStatus(), null));
        return permit;
    }

    @RolesAllowed({MINISTRY, ADMIN})
    public Permit update(long id, int loadedVersion, PermitInput input) {
        Permit permit = get(id);
        if (permit.getLockVersion() != loadedVersion) {
            throw new ConcurrentChangeException(permit.getCreatedBy(), permit.getCreatedAt());
        }
        if (!permit.getHolder().getBinValue().equals(input.holderBin() == null ? null : input.holderBin().replace(" ", ""))) {
            throw new BusinessException("hazardous.permit.holderFixed");
        }
        Permit.Status from = permit.getStatus();
        permit.describe(normalised(input));
        requireUniqueNumber(permit.getKind(), permit.getNumber(), id);
        em.flush();
        em.persist(new HazardousEvent(HazardousEvent.PERMIT, id, scope.username(), "CHANGED", from, permit.getStatus(), null));
        return permit;
    }

    @RolesAllowed({ENTERPRISE, AKIMAT, MINISTRY, ADMIN})
    public Permit get(long id) {
        Permit permit = em.find(Permit.class, id);
        if (permit == null) {
            throw new NotFoundException("permit", id);
        }
        return permit;
    }

    /** The register, licences and notifications, by holder and number; optionally of one kind only. */
    @RolesAllowed({ENTERPRISE, AKIMAT, MINISTRY, ADMIN})
    public List<Permit> list(Permit.Kind kind) {
        return em.createQuery("select p from Permit p where (:kind is null or p.kind = :kind) order by p.holder.name.ru, p.kind, p.number", Permit.class)
                .setParameter("kind", kind).getResultList();
    }

    private Organisation holder(PermitInput input) {
        if (input.holderBin() == null || input.holderBin().isBlank()) {
            throw new BusinessException("hazardous.permit.holderRequired");
        }
        return organisations.getByBin(input.holderBin().replace(" ", ""));
    }

    /** Waste codes as stored, each of them known to the classifier. */
    private PermitInput normalised(PermitInput input) {
        Set<String> codes = new TreeSet<>();
        for (String typed : input.wasteCodes()) {
            codes.add(reference.findWasteCode(typed).orElseThrow(() -> new BusinessException("hazardous.wasteCodeUnknown", typed)).getCode());
        }
        return new PermitInput(input.kind(), input.holderBin(), input.number(), input.operations(), codes, input.validFrom(),
                input.validTo(), input.status(), input.issuedBy());
    }

    private void requireUniqueNumber(Permit.Kind kind, String number, Long except) {
        boolean taken = em.createQuery("select count(p) from Permit p where p.kind = :kind and p.number = :number and (:except is null or p.id <> :except)", Long.class)
                .setParameter("kind", kind).setParameter("number", number).setParameter("except", except).getSingleResult() > 0;
        if (taken) {
            throw new BusinessException("hazardous.permit.numberTaken", number);
        }
    }
}
