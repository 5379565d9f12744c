package kz.qaldyq.filing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    public List<RuleResult> validate(Report report) {
        FormLayout layout = catalogue.layout(report.getFormVersion().getId());
        return catalogue.engine().validate(layout.spec(), dataOf(report));
    }

    public ReportData dataOf(Report report) {
        Map<String, BigDecimal> prior = repository.findPriorApproved(report, report.getReportingYear() - 1)
                .map(Report::getValues).orElse(Map.of());
        // the region's totals matter only to a respondent without last year's figures (the new-respondent check)
        Map<String, BigDecimal> regionPrior = prior.isEmpty()
                ? repository.regionApprovedTotals(report.getFormCode(), report.getRegionCode(), report.getReportingYear() - 1)
                : Map.of();
        return dataOf(report.getValues(), report.getDetailRows().stream().map(DetailRowOf::of).toList(), report.getFacility(),
                prior, regionPrior);
    }

    public static ReportData dataOf(Map<String, BigDecimal> values, List<DetailRow> rows, Facility facility, Map<String, BigDecimal> prior) {
        return dataOf(values, rows, facility, prior, Map.of());
    }

    public static ReportData dataOf(Map<String, BigDecimal> values, List<DetailRow> rows, Facility facility, Map<String, BigDecimal> prior,
                                    Map<String, BigDecimal> regionPrior) {
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
        return new ReportData(values, rows, header, prior, regionPrior);
    }

    /** A stored detail row as the engine sees it. */
    static final class DetailRowOf {
        private DetailRowOf() {
        }

        static DetailRow of(kz.qaldyq.filing.DetailRow row) {
            String key = row.getFacilityId() != null ? "facility:" + row.getFacilityId() : "bin:" + row.getCounterpartyBin();
            return new DetailRow(row.getTableCode(), key, row.getCategory(), row.getTonnes());
        }
    }
}
