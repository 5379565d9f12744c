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
        Map<String, String> header = facility == null ? Map.of()
                : header(facility.getLandfillClass(), facility.getDesignCapacity(), facility.getType().name());
        return new ReportData(values, rows, header, prior, regionPrior);
    }

    private static Map<String, String> header(Integer landfillClass, BigDecimal designCapacity, String facilityType) {
        Map<String, String> header = new HashMap<>();
        if (landfillClass != null) {
            header.put("landfillClass", landfillClass.toString());
        }
        if (designCapacity != null) {
            header.put("designCapacity", designCapacity.toPlainString());
        }
        header.put("facilityType", facilityType);
        return header;
    }

    /**
     * Every live report of a year (of one region, or the whole country when {@code regionCode} is null) under its own
     * form version, with last year's figures and the regions' totals, as {@link #validate} would give one by one;
     * a handful of queries in all instead of three per report. Findings by report id, in id order.
     */
    public Map<Long, List<RuleResult>> validateAll(int year, String regionCode) {
        List<ReportRepository.Snapshot> reports = repository.liveSnapshots(year, regionCode);
        Map<Long, Map<String, BigDecimal>> values = repository.liveValues(year, regionCode);
        Map<Long, List<DetailRow>> rows = repository.liveDetailRows(year, regionCode);
        Map<String, Map<String, BigDecimal>> prior = repository.approvedValuesByRespondent(year - 1, regionCode);
        Map<String, Map<String, Map<String, BigDecimal>>> regions = repository.allRegionApprovedTotals(year - 1, regionCode);
        Map<Long, List<RuleResult>> out = new java.util.LinkedHashMap<>();
        for (ReportRepository.Snapshot r : reports) {
            Map<String, BigDecimal> last = prior.getOrDefault(r.respondentKey(), Map.of());
            Map<String, BigDecimal> region = last.isEmpty()
                    ? regions.getOrDefault(r.formCode(), Map.of()).getOrDefault(r.regionCode(), Map.of()) : Map.of();
            Map<String, String> header = r.facilityId() == null || r.facilityType() == null ? Map.of()
                    : header(r.landfillClass(), r.designCapacity(), r.facilityType());
            ReportData data = new ReportData(values.getOrDefault(r.id(), Map.of()), rows.getOrDefault(r.id(), List.of()), header, last, region);
            out.put(r.id(), catalogue.engine().validate(catalogue.layout(r.formVersionId()).spec(), data));
        }
        return out;
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
