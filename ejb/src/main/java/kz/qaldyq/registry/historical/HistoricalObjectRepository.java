package kz.qaldyq.registry.historical;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import kz.qaldyq.platform.Page;

/** Finds historical-pollution objects, their history and documents; lists page in the database. */
@Stateless
public class HistoricalObjectRepository {

    // decisions awaited first, the oldest receipt on top; then the most recently changed
    private static final String ORDER = " order by case when o.status = kz.qaldyq.registry.historical.HistoricalStatus.SUBMITTED_TO_MINISTRY"
            + " then 0 else 1 end, o.receivedOn, o.updatedAt desc, o.id desc";

    @PersistenceContext
    private EntityManager em;

    public Optional<HistoricalObject> findById(long id) {
        return Optional.ofNullable(em.find(HistoricalObject.class, id));
    }

    public Page<HistoricalObject> findForRegion(String regionCode, HistoricalStatus status, int offset, int limit) {
        return page("o.regionCode = :region", regionCode, status, offset, limit);
    }

    public Page<HistoricalObject> findAll(HistoricalStatus status, int offset, int limit) {
        return page(null, null, status, offset, limit);
    }

    private Page<HistoricalObject> page(String scope, String regionCode, HistoricalStatus status, int offset, int limit) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (scope != null) {
            where.append(" and ").append(scope);
        }
        if (status != null) {
            where.append(" and o.status = :status");
        }
        TypedQuery<Long> count = em.createQuery("select count(o) from HistoricalObject o" + where, Long.class);
        TypedQuery<HistoricalObject> page = em.createQuery("select o from HistoricalObject o" + where + ORDER, HistoricalObject.class);
        if (scope != null) {
            count.setParameter("region", regionCode);
            page.setParameter("region", regionCode);
        }
        if (status != null) {
            count.setParameter("status", status);
            page.setParameter("status", status);
        }
        return new Page<>(page.setFirstResult(offset).setMaxResults(limit).getResultList(), count.getSingleResult());
    }

    /** The objects of the public register (EC art. 143(8)), in queue order, then by inclusion. */
    public List<HistoricalObject> findInRegister() {
        return em.createQuery("select o from HistoricalObject o where o.status in :statuses"
                        + " order by o.category nulls last, o.queuePosition nulls last, o.includedOn, o.id", HistoricalObject.class)
                .setParameter("statuses", HistoricalStatus.IN_REGISTER)
                .getResultList();
    }

    /** Categorised objects still waiting for liquidation that stand before the given one in the national queue. */
    public long countAheadInQueue(HistoricalObject object) {
        return em.createQuery("select count(o) from HistoricalObject o where o.status = kz.qaldyq.registry.historical.HistoricalStatus.CATEGORISED"
                        + " and o.id <> :id and (o.category < :category or (o.category = :category and o.queuePosition < :position))", Long.class)
                .setParameter("id", object.getId())
                .setParameter("category", object.getCategory())
                .setParameter("position", object.getQueuePosition())
                .getSingleResult();
    }

    public List<HistoricalEvent> history(long objectId) {
        return em.createNamedQuery("HistoricalEvent.findByObject", HistoricalEvent.class).setParameter("object", objectId).getResultList();
    }

    public List<DocumentInfo> documents(long objectId) {
        return em.createNamedQuery("HistoricalDocument.findByObject", DocumentInfo.class).setParameter("object", objectId).getResultList();
    }

    public Optional<HistoricalDocument> findDocument(long objectId, long documentId) {
        return Optional.ofNullable(em.find(HistoricalDocument.class, documentId)).filter(d -> d.getObjectId() == objectId);
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }
}
