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
import kz.qaldyq.validation.FormSpec;
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
        // the region's totals matter only to a respondent without last year's figures (the new-respondent check)
        Map<String, BigDecimal> regionPrior = prior.isEmpty()
                ? repository.regionApprovedTotals(report.getFormCode(), report.getRegionCode(), report.getReportingYear() - 1)
                : Map.of();
        ReportData plain = dataOf(values, rows, report.getFacility(), prior, regionPrior);
        Map<String, String> header = new HashMap<>(plain.header());
        if (report.getWasteCode() != null) {
            header.put("wasteCode", report.getWasteCode());
        }
        Map<String, Set<String>> facts = new HashMap<>();
        for (ReportFacts registry : registries) {
            registry.addTo(report, rows, header, facts);
        }
        return new ReportData(plain.values(), plain.details(), header, plain.prior(), plain.regionPrior(), facts);
    }

    public static ReportData dataOf(Map<String, BigDecimal> values, List<DetailRow> rows, Facility facility, Map<String, BigDecimal> prior) {
        return dataOf(values, rows, facility, prior, Map.of());
    }

    public static ReportData dataOf(Map<String, BigDecimal> values, List<DetailRow> rows, Facility facility, Map<String, BigDecimal> prior,
                                    Map<String, BigDecimal> regionPrior) {
        Map<String, String> header = facility == null ? Map.of()
                : header(facility.getLandfillClass(), facility.getDesignCapacity(), facility.getType().name());
        return new ReportData(values, rows, header, prior, regionPrior, Map.of());
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
            FormSpec spec = catalogue.layout(r.formVersionId()).spec();
            if (readsRegistries(spec)) {
                // the registries' facts (passports, licences) are looked up per report, as the entry page does
                out.put(r.id(), validate(repository.findById(r.id()).orElseThrow()));
                continue;
            }
            Map<String, BigDecimal> last = prior.getOrDefault(r.respondentKey(), Map.of());
            Map<String, BigDecimal> region = last.isEmpty()
                    ? regions.getOrDefault(r.formCode(), Map.of()).getOrDefault(r.regionCode(), Map.of()) : Map.of();
            Map<String, String> header = r.facilityId() == null || r.facilityType() == null ? Map.of()
                    : header(r.landfillClass(), r.designCapacity(), r.facilityType());
            ReportData data = new ReportData(values.getOrDefault(r.id(), Map.of()), rows.getOrDefault(r.id(), List.of()), header, last,
                    region, Map.of());
            out.put(r.id(), catalogue.engine().validate(spec, data));
        }
        return out;
    }

    /** Whether a form's rules compare against registry facts, which the batch path of {@link #validateAll} does not load. */
    private static boolean readsRegistries(FormSpec spec) {
        return spec.rules().stream().anyMatch(rule -> switch (rule.kind()) {
            case SUBJECT_REGISTERED, COUNTERPARTY_REGISTERED, COUNTERPARTY_CLASS, DETAIL_THRESHOLD -> true;
            default -> false;
        });
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
