package kz.qaldyq.registry.hazardous;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.qaldyq.filing.Report;
import kz.qaldyq.filing.ReportFacts;
import kz.qaldyq.organisation.Facility;
import kz.qaldyq.organisation.FacilityType;
import kz.qaldyq.organisation.Organisation;
import kz.qaldyq.reference.WasteCode;
import kz.qaldyq.validation.DetailRow;

/**
 * What the hazardous-waste inventory's rules compare against, looked up in the registries for one report (one
 * facility, year and waste code). Header fields: {@code wasteHazardous} and {@code otherHazardousTransfers} (the
 * organisation's transfers of hazardous waste in its other live inventories of the year). Fact sets:
 * {@code activePassport} (codes with an active passport of the facility), {@code licensed} and {@code notified}
 * ({@code rowKey|operation} of receivers whose licence or notification covers the code and operation in the year),
 * {@code landfillClass} ({@code rowKey|class} of receiving landfills).
 */
@ApplicationScoped
public class InventoryFacts implements ReportFacts {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void addTo(Report report, List<DetailRow> rows, Map<String, String> header, Map<String, Set<String>> facts) {
        if (!GeneratorService.INVENTORY_FORM.equals(report.getFormCode()) || report.getWasteCode() == null) {
            return;
        }
        WasteCode code = em.find(WasteCode.class, report.getWasteCode());
        header.put("wasteHazardous", String.valueOf(code != null && code.isHazardous()));
        header.put("otherHazardousTransfers", otherHazardousTransfers(report).toPlainString());
        facts.put("activePassport", new HashSet<>(em.createQuery("select p.wasteCode from Passport p where p.facility.id = :facility"
                + " and p.currentVersion and p.withdrawn = false", String.class).setParameter("facility", report.getFacility().getId()).getResultList()));

        Set<String> licensed = new HashSet<>();
        Set<String> notified = new HashSet<>();
        Set<String> landfillClass = new HashSet<>();
        Map<Long, List<Permit>> permitsByHolder = new HashMap<>();
        for (DetailRow row : rows) {
            if (row.key() == null) {
                continue;
            }
            Optional<Organisation> receiver = Optional.empty();
            if (row.key().startsWith("facility:")) {
                Facility facility = em.find(Facility.class, Long.valueOf(row.key().substring("facility:".length())));
                if (facility != null) {
                    receiver = Optional.of(facility.getOrganisation());
                    if (facility.getType() == FacilityType.LANDFILL && facility.getLandfillClass() != null) {
                        landfillClass.add(row.key() + "|" + facility.getLandfillClass());
                    }
                }
            } else if (row.key().startsWith("bin:")) {
                receiver = em.createQuery("select o from Organisation o where o.bin.value = :bin", Organisation.class)
                        .setParameter("bin", row.key().substring("bin:".length())).getResultStream().findFirst();
            }
            if (receiver.isEmpty()) {
                continue;
            }
            List<Permit> permits = permitsByHolder.computeIfAbsent(receiver.get().getId(), id -> em.createQuery(
                    "select p from Permit p where p.holder.id = :org", Permit.class).setParameter("org", id).getResultList());
            for (Permit permit : permits) {
                for (Permit.Operation operation : Permit.Operation.values()) {
                    if (permit.covers(report.getWasteCode(), operation, report.getReportingYear())) {
                        (permit.getKind() == Permit.Kind.LICENCE ? licensed : notified).add(row.key() + "|" + operation.name());
                    }
                }
            }
        }
        facts.put("licensed", licensed);
        facts.put("notified", notified);
        facts.put("landfillClass", landfillClass);
    }

    private BigDecimal otherHazardousTransfers(Report report) {
        BigDecimal sum = em.createQuery("select sum(d.tonnes) from DetailRow d join d.report r, WasteCode w where w.code = r.wasteCode"
                        + " and w.hazardous = true and r.formCode = :form and r.organisation.id = :org and r.reportingYear = :year"
                        + " and r.status <> kz.qaldyq.filing.ReportStatus.SUPERSEDED and d.tableCode = 'TRANSFERRED'"
                        + " and r.id <> :self", BigDecimal.class)
                .setParameter("form", GeneratorService.INVENTORY_FORM).setParameter("org", report.getOrganisation().getId())
                .setParameter("year", report.getReportingYear())
                .setParameter("self", report.getId() == null ? -1L : report.getId())
                .getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }
}
