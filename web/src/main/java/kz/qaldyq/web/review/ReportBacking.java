package kz.qaldyq.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.qaldyq.filing.FilingService;
import kz.qaldyq.filing.Report;
import kz.qaldyq.filing.ReportStatus;
import kz.qaldyq.filing.ReviewService;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.LocalizedText;
import kz.qaldyq.platform.NotFoundException;
import kz.qaldyq.platform.Roles;
import kz.qaldyq.reference.KatoUnit;
import kz.qaldyq.reference.ReferenceService;
import kz.qaldyq.validation.RuleResult;
import kz.qaldyq.web.CurrentUserBacking;
import kz.qaldyq.web.Messages;
import kz.qaldyq.web.report.ReportView;

/**
 * review/report.xhtml ({@code ?id=}): the reviewer reads a report with every finding and the respondent's
 * explanations, comments on lines or on the whole, and approves or returns it. Opening it puts a submitted report
 * under review; the ministry reads without deciding. Scope and four eyes are the services' to enforce.
 */
@Named("reviewReportBacking")
@ViewScoped
public class ReportBacking implements Serializable {

    @Inject
    private ReviewService review;
    @Inject
    private FilingService filing;
    @Inject
    private ReferenceService reference;
    @Inject
    private CurrentUserBacking currentUser;
    @Inject
    private kz.qaldyq.reconciliation.ReconciliationService reconciliation;

    private Long id;
    private ReportView view;
    private List<RuleResult> results = List.of();
    private Map<String, String> lineComments = new HashMap<>();
    private String comment;
    private Map<String, FilingService.LineSeries> series = Map.of();
    private List<kz.qaldyq.reconciliation.DeliveryFlag> flags = List.of();
    private List<String> unacknowledged = List.of();

    /** f:viewAction: an akimat official opening the report starts its review (recorded in its history). */
    public void load() {
        if (id == null) {
            throw new NotFoundException("report", "");
        }
        show();
        if (isReviewer() && view.getStatus() == ReportStatus.SUBMITTED) {
            review.open(id);
            show();
        }
    }

    public void approve() {
        try {
            review.approve(id, view.getLockVersion(), comment);
            comment = null;
            show();
            Messages.done("review_report.approved");
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
    }

    public void returnForCorrection() {
        try {
            review.returnForCorrection(id, view.getLockVersion(), comment, lineComments);
            comment = null;
            lineComments = new HashMap<>();
            show();
            Messages.done("review_report.returned");
        } catch (BusinessException e) {
            Messages.error("report.returnNeedsComment".equals(e.getKey()) ? "review:comment" : null, e);
        }
    }

    private void show() {
        Report report = filing.get(id);
        LocalizedText region = report.getFacility() != null ? null
                : reference.findKato(report.getRegionCode()).map(KatoUnit::getName).orElse(null);
        view = new ReportView(report, filing.layoutOf(id), filing.history(id), region);
        if (report.getPreviousId() != null) {
            view.setChanges(filing.compare(report.getPreviousId(), id));
        }
        results = filing.validate(id).stream().sorted(Comparator.comparing(RuleResult::severity)).toList();
        series = filing.series(id).stream().collect(java.util.stream.Collectors.toMap(FilingService.LineSeries::lineCode, s -> s));
        flags = reconciliation.flagsOf(id);
        unacknowledged = review.unacknowledged(id);
    }

    /** The reviewer accepts a change of more than 50 % against last year on one line (required before approval). */
    public void acknowledge(String ruleId, String lineCode) {
        try {
            review.acknowledge(id, ruleId, lineCode, null);
            show();
            Messages.done("review_report.acknowledged");
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
    }

    public boolean awaitsAcknowledgement(RuleResult result) {
        return unacknowledged.contains(result.ruleId() + "/" + result.lineCode());
    }

    /** Approved values of the last five years and this year's, for the line's small chart. */
    public FilingService.LineSeries seriesOf(String lineCode) {
        return series.get(lineCode);
    }

    /** The years of the series, oldest first, ending with this year. */
    public List<Integer> getSeriesYears() {
        int year = view.getReport().getReportingYear();
        return java.util.stream.IntStream.rangeClosed(year - 5, year).boxed().toList();
    }

    /** Height (px, at most 28) of one bar of a line's chart: its value relative to the largest of the six years. */
    public int barHeight(String lineCode, int year) {
        FilingService.LineSeries s = series.get(lineCode);
        if (s == null) {
            return 0;
        }
        java.math.BigDecimal value = year == view.getReport().getReportingYear() ? s.current() : s.approved().get(year);
        java.math.BigDecimal max = s.approved().values().stream().reduce(s.current() == null ? java.math.BigDecimal.ZERO : s.current(),
                java.math.BigDecimal::max);
        return value == null || max.signum() <= 0 ? 0
                : value.multiply(java.math.BigDecimal.valueOf(28)).divide(max, java.math.MathContext.DECIMAL32).intValue();
    }

    public List<kz.qaldyq.reconciliation.DeliveryFlag> getFlags() {
        return flags;
    }

    /** The respondent's explanation of a finding, if it gave one. */
    public String explanationOf(RuleResult result) {
        return view.getReport().explanationOf(result.ruleId(), result.lineCode());
    }

    /** Only the reviewer of the form (the akimat of the region, or the ministry) decides, on a report awaiting a decision. */
    public boolean isDecidable() {
        ReportStatus status = view.getStatus();
        return isReviewer() && (status == ReportStatus.SUBMITTED || status == ReportStatus.UNDER_REVIEW);
    }

    /** The caller has the role that reviews this report's form (the services check the region as well). */
    public boolean isReviewer() {
        return currentUser.is(view.getLayout().reviewerRole());
    }

    public ReportView getView() {
        return view;
    }

    public List<RuleResult> getResults() {
        return results;
    }

    public Map<String, String> getLineComments() {
        return lineComments;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
