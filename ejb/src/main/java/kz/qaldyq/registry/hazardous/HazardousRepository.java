package kz.qaldyq.registry.hazardous;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Look-ups the registry's services share; no scope checks here, the services make them. */
@Stateless
@PermitAll
public class HazardousRepository {

    @PersistenceContext
    private EntityManager em;

    public Optional<Generator> findGenerator(long organisationId) {
        return em.createQuery("select g from Generator g where g.organisation.id = :org", Generator.class)
                .setParameter("org", organisationId).getResultStream().findFirst();
    }

    public List<HazardousEvent> events(String type, long id) {
        return em.createQuery("select e from HazardousEvent e where e.entityType = :type and e.entityId = :id order by e.at, e.id", HazardousEvent.class)
                .setParameter("type", type).setParameter("id", id).getResultList();
    }
}
