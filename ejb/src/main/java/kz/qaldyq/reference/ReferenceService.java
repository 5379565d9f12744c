package kz.qaldyq.reference;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import kz.qaldyq.platform.NotFoundException;

/** Read access to reference data; every authenticated user may read it. */
@Stateless
public class ReferenceService {

    @PersistenceContext
    private EntityManager em;

    public List<KatoUnit> regions() {
        return em.createNamedQuery("KatoUnit.findRegions", KatoUnit.class).getResultList();
    }

    public Optional<KatoUnit> findKato(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(KatoUnit.class, code));
    }

    public KatoUnit getKato(String code) {
        return findKato(code).orElseThrow(() -> new NotFoundException("kato", code));
    }

    public long countWasteCodes() {
        return em.createQuery("select count(w) from WasteCode w", Long.class).getSingleResult();
    }

    public List<ReportingDeadline> deadlines() {
        return em.createQuery("select d from ReportingDeadline d order by d.dueMonth, d.formCode", ReportingDeadline.class)
                .getResultList();
    }
}
