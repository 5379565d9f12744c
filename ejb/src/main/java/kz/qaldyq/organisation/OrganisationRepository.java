package kz.qaldyq.organisation;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.qaldyq.platform.Page;

/** Finds organisations, facilities and user links; lists page in the database. */
@Stateless
public class OrganisationRepository {

    @PersistenceContext
    private EntityManager em;

    public Optional<Organisation> findById(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    public Optional<Organisation> findByBin(String bin) {
        return em.createNamedQuery("Organisation.findByBin", Organisation.class)
                .setParameter("bin", bin).getResultStream().findFirst();
    }

    public List<Organisation> findLinkedTo(String username) {
        return em.createNamedQuery("Organisation.findLinkedTo", Organisation.class)
                .setParameter("username", username).getResultList();
    }

    public boolean isLinked(String username, long organisationId) {
        return em.find(UserOrganisationLink.class, new UserOrganisationLink.Key(username, organisationId)) != null;
    }

    /**
     * One page of organisations matching the query. {@code onlyLinkedTo} restricts to one user's organisations (the
     * enterprise scope), {@code onlyRegion} to one region (the akimat scope); both null for national callers.
     */
    public Page<Organisation> search(OrganisationQuery query, String onlyRegion, String onlyLinkedTo, int offset, int limit) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" and (o.bin.value like :prefix or lower(o.name.ru) like :text or lower(o.name.kk) like :text or lower(o.name.en) like :text)");
            String text = query.text().strip().toLowerCase();
            params.put("prefix", text.replace(" ", "") + "%");
            params.put("text", "%" + text + "%");
        }
        String region = onlyRegion != null ? onlyRegion : query.regionCode();
        if (region != null && !region.isBlank()) {
            where.append(" and o.katoCode like :region");
            params.put("region", region.substring(0, 2) + "%");
        }
        if (query.activity() != null) {
            where.append(" and :activity member of o.activities");
            params.put("activity", query.activity());
        }
        if (onlyLinkedTo != null) {
            where.append(" and o.id in (select l.organisationId from UserOrganisationLink l where l.username = :username)");
            params.put("username", onlyLinkedTo);
        }
        TypedQuery<Long> count = em.createQuery("select count(o) from Organisation o" + where, Long.class);
        TypedQuery<Organisation> page = em.createQuery("select o from Organisation o" + where + " order by o.name.ru, o.id", Organisation.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            page.setParameter(k, v);
        });
        return new Page<>(page.setFirstResult(offset).setMaxResults(limit).getResultList(), count.getSingleResult());
    }

    public long countInRegion(String regionCode) {
        return em.createQuery("select count(o) from Organisation o where o.katoCode like :region", Long.class)
                .setParameter("region", regionCode.substring(0, 2) + "%").getSingleResult();
    }

    public long countAll() {
        return em.createQuery("select count(o) from Organisation o", Long.class).getSingleResult();
    }

    public long countFacilities() {
        return em.createQuery("select count(f) from Facility f", Long.class).getSingleResult();
    }

    public List<Facility> findFacilities(long organisationId) {
        return em.createNamedQuery("Facility.findByOrganisation", Facility.class)
                .setParameter("organisationId", organisationId).getResultList();
    }

    public Optional<Facility> findFacility(long id) {
        return Optional.ofNullable(em.find(Facility.class, id));
    }

    /** Active facilities whose name contains the text or whose operator's BIN starts with it, with their operator. */
    public List<Facility> searchFacilities(String text, int limit) {
        String needle = text == null ? "" : text.strip().toLowerCase();
        return em.createQuery("select f from Facility f join fetch f.organisation where f.active = true"
                        + " and (lower(f.name) like :text or f.organisation.bin.value like :prefix) order by f.name, f.id", Facility.class)
                .setParameter("text", "%" + needle + "%").setParameter("prefix", needle.replace(" ", "") + "%")
                .setMaxResults(limit).getResultList();
    }

    public Optional<Facility> findFacilityWithOrganisation(long id) {
        return em.createQuery("select f from Facility f join fetch f.organisation where f.id = :id", Facility.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void remove(UserOrganisationLink link) {
        em.remove(em.contains(link) ? link : em.merge(link));
    }

    public Optional<PortalUser> findUser(String username) {
        return Optional.ofNullable(em.find(PortalUser.class, username));
    }

    public Page<PortalUser> searchUsers(String text, int offset, int limit) {
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase()) + "%";
        long total = em.createQuery("select count(u) from PortalUser u where lower(u.username) like :p or lower(u.displayName) like :p", Long.class)
                .setParameter("p", pattern).getSingleResult();
        List<PortalUser> items = em.createQuery("select u from PortalUser u where lower(u.username) like :p or lower(u.displayName) like :p order by u.username", PortalUser.class)
                .setParameter("p", pattern).setFirstResult(offset).setMaxResults(limit).getResultList();
        return new Page<>(items, total);
    }

    public void flush() {
        em.flush();
    }
}
