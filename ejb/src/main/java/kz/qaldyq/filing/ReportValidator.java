package kz.qaldyq.filing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import kz.qaldyq.organisation.Facility;
import kz.qaldyq.validation.DetailRow;
import kz.qaldyq.validation.ReportData;
import kz.qaldyq.validation.RuleResult;

/**
 * Puts a report in front of the one rule engine under the report's own form version, with the facility's header
 * values and last year's approved figures. The entry page, the submit service, the review page and the API all call
 * this; no rule exists anywhere else.
 */
@Stateless
@PermitAll
public class ReportValidator {

    @Inject
    private FormCatalogue catalogue;

    @Inject
    private ReportRepository repository;

    @Inject
    @Any
    private Instance<ReportFacts> registries;

    public List<RuleResult> validate(Report report) {
        FormLayout layout = catalogue.layout(report.getFormVersion().getId());
        return catalogue.engine().validate(layout.spec(), dataOf(report));
    }

    /** Unsaved figures of a report (the entry page as the user types), checked under its form version. */
    public List<RuleResult> validate(Report report, Map<String, BigDecimal> values, List<DetailRow> rows) {
        FormLayout layout = catalogue.layout(report.getFormVersion().getId());
        return catalogue.engine().validate(layout.spec(), dataOf(report, values, rows));
    }

    public ReportData dataOf(Report report) {
        return dataOf(report, report.getValues(), report.getDetailRows().stream().map(DetailRowOf::of).toList());
    }

    /**
     * The report's figures as the engine reads them: these values and rows, the facility's header fields, last year's
     * approved figures of the same respondent and subject, and the registries' facts.
     */
    public ReportData dataOf(Report report, Map<String, BigDecimal> values, List<DetailRow> rows) {
        Map<String, BigDecimal> prior = repository.findPriorApproved(report, report.getReportingYear() - 1)
                .map(Report::getValues).orElse(Map.of());
        ReportData plain = dataOf(values, rows, report.getFacility(), prior);
        Map<String, String> header = new HashMap<>(plain.header());
        if (report.getWasteCode() != null) {
            header.put("wasteCode", report.getWasteCode());
        }
        Map<String, Set<String>> facts = new HashMap<>();
        for (ReportFacts registry : registries) {
            registry.addTo(report, rows, header, facts);
        }
        return new ReportData(plain.values(), plain.details(), header, plain.prior(), facts);
    }

    public static ReportData dataOf(Map<String, BigDecimal> values, List<DetailRow> rows, Facility facility, Map<String, BigDecimal> prior) {
        Map<String, String> header = new HashMap<>();
        if (facility != null) {
            if (facility.getLandfillClass() != null) {
                header.put("landfillClass", facility.getLandfillClass().toString());
            }
            if (facility.getDesignCapacity() != null) {
                header.put("designCapacity", facility.getDesignCapacity().toPlainString());
            }
            header.put("facilityType", facility.getType().name());
        }
        return new ReportData(values, rows, header, prior);
    }

    /** A stored detail row as the engine sees it. */
    static final class DetailRowOf {
        private DetailRowOf() {
        }

        static DetailRow of(kz.qaldyq.filing.DetailRow row) {
            return of(row.getTableCode(), row.getFacilityId(), row.getCounterpartyBin(), row.getCounterpartyName(), row.getCategory(), row.getTonnes());
        }

        static DetailRow of(DetailRowInput row) {
            return of(row.table(), row.facilityId(), row.counterpartyBin(), row.counterpartyName(), row.category(), row.tonnes());
        }

        private static DetailRow of(String table, Long facilityId, String bin, String name, String category, BigDecimal tonnes) {
            String key = facilityId != null ? "facility:" + facilityId : "bin:" + bin;
            String label = name == null || name.isBlank() ? (bin == null ? key : bin) : name + (bin == null ? "" : " (" + bin + ")");
            return new DetailRow(table, key, category, tonnes, label);
        }
    }
}
