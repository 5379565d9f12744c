package kz.qaldyq.filing;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import kz.qaldyq.organisation.Facility;
import kz.qaldyq.organisation.Organisation;
import kz.qaldyq.platform.BusinessException;

/**
 * A filed statistical form: one respondent, form, reporting year and subject (the region of collection for waste-1,
 * the facility for waste-2), always validated and shown under the form version it was filed with. Guards its
 * workflow: only a draft or a returned report is edited; an approved one is locked and corrected by a new version.
 */
@Entity
@Table(name = "report")
public class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_seq")
    @SequenceGenerator(name = "report_seq", sequenceName = "report_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "form_version_id")
    private FormVersion formVersion;

    @Column(name = "form_code", nullable = false)
    private String formCode;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "reporting_year", nullable = false)
    private int reportingYear;

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    @ManyToOne
    @JoinColumn(name = "facility_id")
    private Facility facility;

    /** The waste code of a form filed per waste code (the hazardous-waste inventory); null for the others. */
    @Column(name = "waste_code")
    private String wasteCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status;

    @Column(name = "correction_no")
    private int correctionNo;

    @Column(name = "previous_id")
    private Long previousId;

    private boolean late;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by")
    private String decidedBy;

    private boolean demo;

    @Version
    @Column(name = "lock_version")
    private int lockVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_value", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "line_code")
    @Column(name = "value")
    private Map<String, BigDecimal> values = new HashMap<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("tableCode, sortOrder")
    private List<DetailRow> detailRows = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_explanation", joinColumns = @JoinColumn(name = "report_id"))
    private Set<Explanation> explanations = new HashSet<>();

    protected Report() {
    }

    public Report(FormVersion formVersion, Organisation organisation, int reportingYear, String regionCode, Facility facility, String by) {
        this(formVersion, organisation, reportingYear, regionCode, facility, null, by);
    }

    public Report(FormVersion formVersion, Organisation organisation, int reportingYear, String regionCode, Facility facility,
                  String wasteCode, String by) {
        this.wasteCode = wasteCode;
        this.formVersion = Objects.requireNonNull(formVersion);
        this.formCode = formVersion.getFormCode();
        this.organisation = Objects.requireNonNull(organisation);
        this.reportingYear = reportingYear;
        this.regionCode = Objects.requireNonNull(regionCode);
        this.facility = facility;
        this.status = ReportStatus.DRAFT;
        this.createdAt = Instant.now();
        this.createdBy = by;
        touch(by);
    }

    /** A correction of an approved report: a new draft with the same figures, reviewed again (DOMAIN §3). */
    public Report correction(String by) {
        if (status != ReportStatus.APPROVED) {
            throw new BusinessException("report.correctionOnlyApproved");
        }
        Report next = new Report(formVersion, organisation, reportingYear, regionCode, facility, wasteCode, by);
        next.correctionNo = correctionNo + 1;
        next.previousId = id;
        next.values.putAll(values);
        next.replaceDetailRows(detailRows.stream().map(DetailRow::toInput).toList());
        status = ReportStatus.SUPERSEDED;
        touch(by);
        return next;
    }

    /**
     * Sets the line values (lines absent from the map become empty) and answers which lines changed, for history.
     * Refused unless the report is a draft or was returned for correction.
     */
    public List<String[]> setValues(Map<String, BigDecimal> newValues, String by) {
        requireEditable();
        Set<String> lines = new TreeSet<>(values.keySet());
        lines.addAll(newValues.keySet());
        List<String[]> changed = new ArrayList<>();
        for (String line : lines) {
            BigDecimal before = values.get(line);
            BigDecimal after = newValues.get(line);
            if (!sameValue(before, after)) {
                changed.add(new String[] {line, before == null ? null : before.toPlainString(), after == null ? null : after.toPlainString()});
            }
        }
        values.clear();
        newValues.forEach((line, value) -> {
            if (value != null) {
                values.put(line, value);
            }
        });
        touch(by);
        return changed;
    }

    public void replaceDetailRows(List<DetailRowInput> rows) {
        requireEditableOrNew();
        detailRows.clear();
        int order = 0;
        for (DetailRowInput row : rows) {
            detailRows.add(new DetailRow(this, order++, row));
        }
    }

    /** Keeps the explanations given for the current warnings; an empty text removes an explanation. */
    public void explain(Map<String, String> textsByKey, String by) {
        requireEditable();
        textsByKey.forEach((key, text) -> {
            int bar = key.indexOf('|');
            String rule = bar < 0 ? key : key.substring(0, bar);
            String line = bar < 0 ? "" : key.substring(bar + 1);
            explanations.removeIf(e -> e.key().equals(Explanation.key(rule, line)));
            if (text != null && !text.isBlank()) {
                explanations.add(new Explanation(rule, line, text.strip(), by));
            }
        });
    }

    public void submit(String by, boolean isLate) {
        requireEditable();
        status = ReportStatus.SUBMITTED;
        submittedAt = Instant.now();
        submittedBy = by;
        late = isLate;
        touch(by);
    }

    /** The reviewer opens a submitted report: from now on it is under review. */
    public boolean open(String by) {
        if (status != ReportStatus.SUBMITTED) {
            return false;
        }
        status = ReportStatus.UNDER_REVIEW;
        touch(by);
        return true;
    }

    public void approve(String by) {
        requireInReview();
        status = ReportStatus.APPROVED;
        decidedAt = Instant.now();
        decidedBy = by;
        touch(by);
    }

    public void returnForCorrection(String by, String comment) {
        requireInReview();
        if (comment == null || comment.isBlank()) {
            throw new BusinessException("report.returnNeedsComment");
        }
        status = ReportStatus.RETURNED;
        decidedAt = Instant.now();
        decidedBy = by;
        touch(by);
    }

    private void requireEditable() {
        if (!status.editable()) {
            throw new BusinessException(status == ReportStatus.APPROVED ? "report.approvedLocked" : "report.notEditable", status.name());
        }
    }

    private void requireEditableOrNew() {
        if (id != null) {
            requireEditable();
        }
    }

    private void requireInReview() {
        if (status != ReportStatus.SUBMITTED && status != ReportStatus.UNDER_REVIEW) {
            throw new BusinessException("report.notInReview", status.name());
        }
    }

    private void touch(String by) {
        updatedAt = Instant.now();
        updatedBy = by;
    }

    private static boolean sameValue(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    public Long getId() {
        return id;
    }

    public FormVersion getFormVersion() {
        return formVersion;
    }

    public String getFormCode() {
        return formCode;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public int getReportingYear() {
        return reportingYear;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Facility getFacility() {
        return facility;
    }

    public String getWasteCode() {
        return wasteCode;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public int getCorrectionNo() {
        return correctionNo;
    }

    public Long getPreviousId() {
        return previousId;
    }

    public boolean isLate() {
        return late;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public int getLockVersion() {
        return lockVersion;
    }

    public Map<String, BigDecimal> getValues() {
        return Map.copyOf(values);
    }

    public BigDecimal value(String line) {
        return values.get(line);
    }

    public List<DetailRow> getDetailRows() {
        return List.copyOf(detailRows);
    }

    public Set<Explanation> getExplanations() {
        return Set.copyOf(explanations);
    }

    public String explanationOf(String ruleId, String lineCode) {
        return explanations.stream().filter(e -> e.key().equals(Explanation.key(ruleId, lineCode)))
                .map(Explanation::getText).findFirst().orElse(null);
    }
}
