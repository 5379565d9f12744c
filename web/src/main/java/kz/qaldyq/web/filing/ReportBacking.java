package kz.qaldyq.web.filing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qaldyq.filing.DetailRow;
import kz.qaldyq.filing.DetailRowInput;
import kz.qaldyq.filing.Explanation;
import kz.qaldyq.filing.FilingService;
import kz.qaldyq.filing.FormLayout;
import kz.qaldyq.filing.Report;
import kz.qaldyq.filing.ReportStatus;
import kz.qaldyq.filing.RuleViolationException;
import kz.qaldyq.organisation.FacilityEntry;
import kz.qaldyq.organisation.OrganisationService;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.LocalizedText;
import kz.qaldyq.platform.NotFoundException;
import kz.qaldyq.reference.KatoUnit;
import kz.qaldyq.reference.ReferenceService;
import kz.qaldyq.validation.RuleResult;
import kz.qaldyq.validation.Severity;
import kz.qaldyq.web.Messages;
import kz.qaldyq.web.report.ReportView;

/**
 * filing/report.xhtml ({@code ?id=}): the respondent fills a report in, checks it against the form's rules, explains
 * the warnings and submits it; or reads it once it is out of its hands. Every decision is the services'.
 */
@Named("filingReportBacking")
@ViewScoped
public class ReportBacking implements Serializable {

    /** A detail row as it is being edited: a facility picked from the directory (deliveries) or a BIN and name (suppliers). */
    public static final class Row implements Serializable {
        private final String table;
        private FacilityEntry facility;
        private String bin;
        private String name;
        private String category;
        private BigDecimal tonnes;

        Row(String table) {
            this.table = table;
        }

        boolean isBlank() {
            return facility == null && blank(bin) && blank(name) && blank(category) && tonnes == null;
        }

        DetailRowInput toInput() {
            if (facility != null) {
                return new DetailRowInput(table, facility.operatorBin(), facility.id(), facility.name(), category, tonnes);
            }
            return new DetailRowInput(table, blank(bin) ? null : bin.replace(" ", ""), null, blank(name) ? null : name.strip(), category, tonnes);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }

        public String getTable() {
            return table;
        }

        public FacilityEntry getFacility() {
            return facility;
        }

        public void setFacility(FacilityEntry facility) {
            this.facility = facility;
        }

        public String getBin() {
            return bin;
        }

        public void setBin(String bin) {
            this.bin = bin;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getCategory() {
            return category;
        }

        public void setCategory(String category) {
            this.category = category;
        }

        public BigDecimal getTonnes() {
            return tonnes;
        }

        public void setTonnes(BigDecimal tonnes) {
            this.tonnes = tonnes;
        }
    }

    @Inject
    private FilingService filing;
    @Inject
    private OrganisationService organisations;
    @Inject
    private ReferenceService reference;

    private Long id;
    private ReportView view;
    private Map<String, BigDecimal> values = new HashMap<>();
    private List<Row> rows = new ArrayList<>();
    private Map<String, String> explanations = new HashMap<>();
    private List<RuleResult> results = List.of();
    private boolean checked;

    /** f:viewAction: the report named by the id parameter, its figures, and the findings on what is saved. */
    public void load() {
        if (id == null) {
            throw new NotFoundException("report", "");
        }
        Report report = filing.get(id);
        show(report);
        values = new HashMap<>(report.getValues());
        rows = rowsFrom(report);
        explanations = new HashMap<>();
        report.getExplanations().forEach(e -> explanations.put(e.key(), e.getText()));
        checked = !report.getValues().isEmpty();
        results = checked ? sorted(filing.validate(id)) : List.of();
    }

    /** Stores the figures as they are, complete or not; the findings are shown on what was stored. */
    public void save() {
        try {
            Report saved = store();
            show(saved);
            results = sorted(filing.validate(id));
            checked = true;
            Messages.done("filing_report.saved");
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
    }

    /** Runs the form's rules on the figures on screen without storing anything. */
    public void check() {
        try {
            results = sorted(filing.validateDraft(id, filledValues(), rowInputs()));
            checked = true;
            summarise();
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
    }

    /** Stores the figures and explanations, then submits; the services refuse while ERRORs or unexplained WARNINGs remain. */
    public void submit() {
        try {
            Report saved = store();
            show(saved);
            Report submitted = filing.submit(id, saved.getLockVersion(), shownExplanations());
            show(submitted);
            results = sorted(filing.validate(id));
            checked = true;
            Messages.done("filing_report.submitted");
        } catch (RuleViolationException e) {
            show(filing.get(id));
            results = sorted(filing.validate(id));
            checked = true;
            Messages.error(null, e);
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
    }

    /** Copies last year's counterparties (without quantities) into the detail tables; the figures typed stay. */
    public void startFromLastYear() {
        try {
            Report report = filing.startFromLastYear(id, view.getLockVersion());
            show(report);
            rows = rowsFrom(report);
            Messages.done("filing_report.startedFromLastYear");
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
    }

    /** An approved report is changed only through a correction, a new version that is reviewed again. */
    public String correct() {
        try {
            Report next = filing.correct(id);
            Messages.info("filing_report.correctionCreated", next.getCorrectionNo());
            return "/filing/report?faces-redirect=true&id=" + next.getId();
        } catch (BusinessException e) {
            Messages.error(null, e);
            return null;
        }
    }

    public void addRow(String table) {
        rows.add(new Row(table));
    }

    public void removeRow(Row row) {
        rows.remove(row);
    }

    public List<FacilityEntry> completeFacility(String text) {
        return organisations.searchFacilities(text, 15);
    }

    private Report store() {
        return filing.save(id, view.getLockVersion(), filledValues(), rowInputs(), shownExplanations());
    }

    private void show(Report report) {
        LocalizedText region = report.getFacility() != null ? null
                : reference.findKato(report.getRegionCode()).map(KatoUnit::getName).orElse(null);
        view = new ReportView(report, filing.layoutOf(report.getId()), filing.history(report.getId()), region);
        if (report.getPreviousId() != null) {
            view.setChanges(filing.compare(report.getPreviousId(), report.getId()));
        }
    }

    private void summarise() {
        long errors = results.stream().filter(r -> r.severity() == Severity.ERROR).count();
        long warnings = results.stream().filter(r -> r.severity() == Severity.WARNING).count();
        long notes = results.size() - errors - warnings;
        if (results.isEmpty()) {
            Messages.done("filing_report.checkedClean");
        } else {
            Messages.done("filing_report.checked", errors, warnings, notes);
        }
    }

    private Map<String, BigDecimal> filledValues() {
        Map<String, BigDecimal> filled = new LinkedHashMap<>();
        values.forEach((line, value) -> {
            if (value != null) {
                filled.put(line, value);
            }
        });
        return filled;
    }

    private List<DetailRowInput> rowInputs() {
        return rows.stream().filter(r -> !r.isBlank()).map(Row::toInput).toList();
    }

    /** The explanations of the warnings on screen; an emptied text removes the stored explanation. */
    private Map<String, String> shownExplanations() {
        Map<String, String> shown = new HashMap<>();
        for (RuleResult result : results) {
            if (result.severity() == Severity.WARNING) {
                String key = keyOf(result);
                shown.put(key, explanations.get(key) == null ? "" : explanations.get(key));
            }
        }
        return shown;
    }

    private List<Row> rowsFrom(Report report) {
        List<Row> loaded = new ArrayList<>();
        for (DetailRow stored : report.getDetailRows()) {
            Row row = new Row(stored.getTableCode());
            if (stored.getFacilityId() != null) {
                row.facility = organisations.findFacilityEntry(stored.getFacilityId()).orElse(null);
            }
            row.bin = stored.getCounterpartyBin();
            row.name = stored.getCounterpartyName();
            row.category = stored.getCategory();
            row.tonnes = stored.getTonnes();
            loaded.add(row);
        }
        return loaded;
    }

    private static List<RuleResult> sorted(List<RuleResult> found) {
        return found.stream().sorted(Comparator.comparing(RuleResult::severity)).toList();
    }

    /** The key an explanation is stored under: rule id and line. */
    public String keyOf(RuleResult result) {
        return Explanation.key(result.ruleId(), result.lineCode());
    }

    public List<Row> rowsOf(String table) {
        return rows.stream().filter(r -> r.table.equals(table)).toList();
    }

    public boolean isFacilityTable(FormLayout.DetailTable table) {
        return "FACILITY".equals(table.counterparty());
    }

    public boolean isCorrectable() {
        return view.getStatus() == ReportStatus.APPROVED;
    }

    /** A receipt exists once the report has been submitted (DOMAIN §3: issued on submission and on approval). */
    public boolean isReceiptAvailable() {
        return view.getReport().getSubmittedAt() != null;
    }

    public boolean isChecked() {
        return checked;
    }

    public ReportView getView() {
        return view;
    }

    public Map<String, BigDecimal> getValues() {
        return values;
    }

    public Map<String, String> getExplanations() {
        return explanations;
    }

    public List<RuleResult> getResults() {
        return results;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
