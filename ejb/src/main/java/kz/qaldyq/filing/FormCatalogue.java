package kz.qaldyq.filing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.LocalizedText;
import kz.qaldyq.platform.NotFoundException;
import kz.qaldyq.validation.FormSpec;
import kz.qaldyq.validation.LineSpec;
import kz.qaldyq.validation.RuleEngine;
import kz.qaldyq.validation.RuleKind;
import kz.qaldyq.validation.RuleSpec;
import kz.qaldyq.validation.Severity;
import kz.qaldyq.validation.Text;

/**
 * Form versions as the application uses them. A version's layout is immutable once reports are filed under it, so it
 * is read from the database once and kept; its rules are checked by the engine when loaded, so a broken rule in the
 * data is caught at once and not at a user's submission.
 */
@Singleton
@PermitAll
@Lock(LockType.READ)
public class FormCatalogue {

    @PersistenceContext
    private EntityManager em;

    private final RuleEngine engine = new RuleEngine();
    private final Map<Long, FormLayout> layouts = new ConcurrentHashMap<>();

    public RuleEngine engine() {
        return engine;
    }

    public FormVersion versionFor(String formCode, int year) {
        return em.createNamedQuery("FormVersion.findForYear", FormVersion.class)
                .setParameter("form", formCode).setParameter("year", year)
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("form.noVersion", formCode, year));
    }

    /** Every form version, the forms in the order they were introduced (waste-1, waste-2, then later forms), each by year. */
    public List<FormVersion> versions() {
        List<FormVersion> all = em.createQuery("select v from FormVersion v order by v.id", FormVersion.class).getResultList();
        Map<String, Integer> introduced = new LinkedHashMap<>();
        all.forEach(v -> introduced.putIfAbsent(v.getFormCode(), introduced.size()));
        List<FormVersion> sorted = new ArrayList<>(all);
        sorted.sort(java.util.Comparator.comparing((FormVersion v) -> introduced.get(v.getFormCode())).thenComparing(FormVersion::getFirstYear));
        return sorted;
    }

    public Optional<LocalizedText> formName(String formCode) {
        List<?> rows = em.createNativeQuery("select name_kk, name_ru, name_en from form where code = ?1")
                .setParameter(1, formCode).getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] row = (Object[]) r;
            return new LocalizedText((String) row[0], (String) row[1], (String) row[2]);
        });
    }

    /** The codes of the forms whose reports the given role reviews ({@code akimat} or {@code ministry}). */
    @SuppressWarnings("unchecked")
    public List<String> formsReviewedBy(String role) {
        return em.createNativeQuery("select code from form where reviewer_role = ?1 order by code").setParameter(1, role).getResultList();
    }

    public FormLayout layout(long versionId) {
        return layouts.computeIfAbsent(versionId, this::load);
    }

    @SuppressWarnings("unchecked")
    private FormLayout load(long versionId) {
        FormVersion version = em.find(FormVersion.class, versionId);
        if (version == null) {
            throw new NotFoundException("formVersion", versionId);
        }
        Object[] form = (Object[]) em.createNativeQuery("select subject, name_kk, name_ru, name_en, reviewer_role, per_waste_code from form where code = ?1")
                .setParameter(1, version.getFormCode()).getSingleResult();

        List<FormLayout.Line> lines = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(
                "select code, section_code, parent_code, unit, name_kk, name_ru, name_en from form_line where form_version_id = ?1 order by sort_order")
                .setParameter(1, versionId).getResultList()) {
            lines.add(new FormLayout.Line((String) r[0], (String) r[1], (String) r[2], (String) r[3], text(r, 4)));
        }
        Map<String, List<FormLayout.Line>> bySection = new LinkedHashMap<>();
        lines.forEach(l -> bySection.computeIfAbsent(l.sectionCode(), k -> new ArrayList<>()).add(l));
        List<FormLayout.Section> sections = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(
                "select code, name_kk, name_ru, name_en from form_section where form_version_id = ?1 order by sort_order")
                .setParameter(1, versionId).getResultList()) {
            sections.add(new FormLayout.Section((String) r[0], text(r, 1), bySection.getOrDefault((String) r[0], List.of())));
        }
        List<FormLayout.DetailTable> tables = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(
                "select code, counterparty, categories, name_kk, name_ru, name_en from form_detail_table where form_version_id = ?1 order by sort_order")
                .setParameter(1, versionId).getResultList()) {
            List<String> categories = r[2] == null ? List.of() : Arrays.asList(((String) r[2]).split(","));
            tables.add(new FormLayout.DetailTable((String) r[0], (String) r[1], categories, text(r, 3)));
        }
        List<RuleSpec> rules = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(
                "select id, kind, severity, params, message_kk, message_ru, message_en from form_rule where form_version_id = ?1 and active order by sort_order")
                .setParameter(1, versionId).getResultList()) {
            rules.add(new RuleSpec((String) r[0], RuleKind.valueOf((String) r[1]), Severity.valueOf((String) r[2]),
                    params((String) r[3]), new Text((String) r[4], (String) r[5], (String) r[6])));
        }
        List<LineSpec> lineSpecs = lines.stream()
                .map(l -> new LineSpec(l.code(), new Text(l.name().getKk(), l.name().getRu(), l.name().getEn()), l.unit())).toList();
        FormSpec spec = new FormSpec(version.getFormCode(), version.getVersion(), lineSpecs, rules);
        engine.check(spec);
        return new FormLayout(versionId, version.getFormCode(), version.getVersion(), (String) form[0],
                new LocalizedText((String) form[1], (String) form[2], (String) form[3]), version.getLegalBasis(),
                sections, lines, tables, spec, (String) form[4], Boolean.TRUE.equals(form[5]));
    }

    /** Rule parameters are stored as {@code key=value;key=value}. */
    static Map<String, String> params(String stored) {
        Map<String, String> params = new LinkedHashMap<>();
        if (stored != null) {
            for (String pair : stored.split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                }
            }
        }
        return params;
    }

    private static LocalizedText text(Object[] row, int from) {
        return new LocalizedText((String) row[from], (String) row[from + 1], (String) row[from + 2]);
    }
}
