package kz.qaldyq.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import kz.qaldyq.platform.Caller;

/** Writes the audit trail in the caller's transaction, so a rolled-back change leaves no entry either. */
@Stateless
public class AuditService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    public void record(String action, String entityType, Object entityId, String detail) {
        em.persist(new AuditEntry(caller.username(), action, entityType, String.valueOf(entityId), detail));
    }

    public List<AuditEntry> historyOf(String entityType, Object entityId) {
        return em.createNamedQuery("AuditEntry.findByEntity", AuditEntry.class)
                .setParameter("type", entityType)
                .setParameter("id", String.valueOf(entityId))
                .getResultList();
    }
}
