package kz.qaldyq.reference;

import static kz.qaldyq.platform.Roles.ADMIN;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.qaldyq.audit.AuditService;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.LocalizedText;
import kz.qaldyq.platform.NotFoundException;

/**
 * Reference data: anyone may read it (the public register shows region names); an administrator corrects the
 * public holidays.
 */
@Stateless
@PermitAll
public class ReferenceService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditService audit;

    public List<KatoUnit> regions() {
        return em.createNamedQuery("KatoUnit.findRegions", KatoUnit.class).getResultList();
    }

    public Optional<KatoUnit> findKato(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(KatoUnit.class, code));
    }

    public KatoUnit getKato(String code) {
        return findKato(code).orElseThrow(() -> new NotFoundException("kato", code));
    }

    /**
     * A waste code as typed: {@code 13 02 05}, {@code 130205} or {@code 13 02 05*} (the star of hazardous entries is
     * ignored; the classifier says whether a code is hazardous).
     */
    public Optional<WasteCode> findWasteCode(String typed) {
        String code = normaliseWasteCode(typed);
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(WasteCode.class, code));
    }

    /** {@code 130205} or {@code 13 02 05*} as stored ({@code 13 02 05}); null if it has not six digits. */
    public static String normaliseWasteCode(String typed) {
        if (typed == null) {
            return null;
        }
        String digits = typed.replaceAll("[^0-9]", "");
        if (digits.length() != 6) {
            return null;
        }
        return digits.substring(0, 2) + " " + digits.substring(2, 4) + " " + digits.substring(4, 6);
    }

    /** Waste codes for a picker: by the start of the code (digits, spaces optional) or part of the name. */
    public List<WasteCode> searchWasteCodes(String text, int limit) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        String digits = t.replaceAll("[^0-9]", "");
        return em.createQuery("select w from WasteCode w where replace(w.code, ' ', '') like :digits"
                        + " or lower(w.nameEn) like :name or lower(w.nameRu) like :name or lower(w.nameKk) like :name order by w.code", WasteCode.class)
                .setParameter("digits", digits.isEmpty() ? "-" : digits + "%").setParameter("name", "%" + t + "%")
                .setMaxResults(Math.max(1, Math.min(limit, 50))).getResultList();
    }

    /** HP1-HP15 and C16, in their order. */
    public List<HazardousProperty> hazardousProperties() {
        return em.createQuery("select p from HazardousProperty p order by p.sortOrder", HazardousProperty.class).getResultList();
    }

    public long countWasteCodes() {
        return em.createQuery("select count(w) from WasteCode w", Long.class).getSingleResult();
    }

    public List<ReportingDeadline> deadlines() {
        return em.createQuery("select d from ReportingDeadline d order by d.dueMonth, d.formCode", ReportingDeadline.class)
                .getResultList();
    }

    public List<PublicHoliday> holidays() {
        return em.createNamedQuery("PublicHoliday.findAll", PublicHoliday.class).getResultList();
    }

    /** The working-day calendar with every public holiday on record. */
    public WorkingDays workingDays() {
        return new WorkingDays(holidays().stream().map(PublicHoliday::getDay).toList());
    }

    @RolesAllowed(ADMIN)
    public PublicHoliday addHoliday(LocalDate day, LocalizedText name) {
        if (day == null || name == null || !name.isComplete()) {
            throw new BusinessException("holiday.incomplete");
        }
        if (em.find(PublicHoliday.class, day) != null) {
            throw new BusinessException("holiday.exists", day.toString());
        }
        PublicHoliday holiday = new PublicHoliday(day, name);
        em.persist(holiday);
        audit.record("HOLIDAY_ADDED", "PublicHoliday", day, name.getRu());
        return holiday;
    }

    @RolesAllowed(ADMIN)
    public void removeHoliday(LocalDate day) {
        PublicHoliday holiday = Optional.ofNullable(day).map(d -> em.find(PublicHoliday.class, d))
                .orElseThrow(() -> new NotFoundException("holiday", day));
        em.remove(holiday);
        audit.record("HOLIDAY_REMOVED", "PublicHoliday", day, holiday.getName().getRu());
    }
}
