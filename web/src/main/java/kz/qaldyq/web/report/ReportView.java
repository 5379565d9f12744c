package kz.qaldyq.web.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.qaldyq.filing.DetailRow;
import kz.qaldyq.filing.FormLayout;
import kz.qaldyq.filing.Report;
import kz.qaldyq.filing.ReportEvent;
import kz.qaldyq.filing.ReportStatus;
import kz.qaldyq.platform.LocalizedText;

/**
 * A report as its pages show it, to the respondent and to the reviewer alike: the header, the form's layout, the
 * history, and the reviewer's comments of the last return, which the respondent must see before correcting.
 */
public final class ReportView {

    private final Report report;
    private final FormLayout layout;
    private final List<ReportEvent> history;
    private final LocalizedText regionName;

    private List<kz.qaldyq.filing.FilingService.LineChange> changes = List.of();

    /** What a correction changed against the version it corrects (empty for a first version). */
    public List<kz.qaldyq.filing.FilingService.LineChange> getChanges() {
        return changes;
    }

    public void setChanges(List<kz.qaldyq.filing.FilingService.LineChange> changes) {
        this.changes = List.copyOf(changes);
    }

    public ReportView(Report report, FormLayout layout, List<ReportEvent> history, LocalizedText regionName) {
        this.report = report;
        this.layout = layout;
        this.history = List.copyOf(history);
        this.regionName = regionName;
    }

    public Report getReport() {
        return report;
    }

    public FormLayout getLayout() {
        return layout;
    }

    public List<ReportEvent> getHistory() {
        return history;
    }

    public long getId() {
        return report.getId();
    }

    public int getLockVersion() {
        return report.getLockVersion();
    }

    public ReportStatus getStatus() {
        return report.getStatus();
    }

    public boolean isEditable() {
        return report.getStatus().editable();
    }

    public boolean isFacilitySubject() {
        return report.getFacility() != null;
    }

    public String formName(Locale locale) {
        return layout.formName().in(locale);
    }

    /** What the report is about: the region of collection (waste-1) or the facility (waste-2). */
    public String subject(Locale locale) {
        return subjectOf(report, regionName, locale);
    }

    public static String subjectOf(Report report, LocalizedText regionName, Locale locale) {
        if (report.getFacility() != null) {
            // a form filed per waste code names the code too (hazardous waste marked with * as in the EU list)
            return report.getWasteCode() == null ? report.getFacility().getName()
                    : report.getFacility().getName() + " · " + report.getWasteCode();
        }
        return regionName == null ? report.getRegionCode() : regionName.in(locale) + " (" + report.getRegionCode() + ")";
    }

    public String lineName(String code, Locale locale) {
        return layout.line(code).map(l -> l.name().in(locale)).orElse(code);
    }

    /** Lines that are totals of other lines: the page shows the live sum of their children next to them. */
    public boolean isTotal(String code) {
        return layout.children().containsKey(code);
    }

    public BigDecimal value(String code) {
        return report.value(code);
    }

    public List<FormLayout.DetailTable> getDetailTables() {
        return layout.detailTables();
    }

    public List<DetailRow> detailRowsOf(String tableCode) {
        return report.getDetailRows().stream().filter(r -> r.getTableCode().equals(tableCode)).toList();
    }

    /** The return that sent the report back to the respondent, while it is still returned; null otherwise. */
    public ReportEvent getReturnEvent() {
        if (report.getStatus() != ReportStatus.RETURNED) {
            return null;
        }
        ReportEvent last = null;
        for (ReportEvent event : history) {
            if (event.getAction() == ReportEvent.Action.RETURNED) {
                last = event;
            }
        }
        return last;
    }

    /** The reviewer's line comments made with the last return, by line, in form order. */
    public List<ReportEvent> getReturnLineComments() {
        ReportEvent returned = getReturnEvent();
        if (returned == null) {
            return List.of();
        }
        List<ReportEvent> comments = new ArrayList<>();
        boolean after = false;
        for (ReportEvent event : history) {
            if (event == returned) {
                after = true;
            } else if (after && event.getAction() == ReportEvent.Action.COMMENTED) {
                comments.add(event);
            } else if (after && event.getAction() != ReportEvent.Action.COMMENTED) {
                break;
            }
        }
        Map<String, Integer> order = new LinkedHashMap<>();
        layout.lines().forEach(l -> order.put(l.code(), order.size()));
        comments.sort((a, b) -> Integer.compare(order.getOrDefault(a.getLineCode(), Integer.MAX_VALUE),
                order.getOrDefault(b.getLineCode(), Integer.MAX_VALUE)));
        return comments;
    }

    /** The reviewer's comment on a line with the last return, for showing next to the line; null if none. */
    public String returnCommentOn(String lineCode) {
        return getReturnLineComments().stream().filter(e -> lineCode.equals(e.getLineCode()))
                .map(ReportEvent::getComment).reduce((a, b) -> a + " " + b).orElse(null);
    }
}
