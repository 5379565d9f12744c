package kz.qaldyq.filing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import kz.qaldyq.platform.RecordedStep;

/** One line of a report's history: a transition (who, when, from, to, why) or a changed value (old, new). */
@Entity
@Table(name = "report_event")
@NamedQuery(name = "ReportEvent.findByReport", query = "select e from ReportEvent e where e.reportId = :report order by e.at, e.id")
public class ReportEvent extends RecordedStep {

    public enum Action { CREATED, VALUE_CHANGED, SUBMITTED, OPENED, APPROVED, RETURNED, CORRECTION_CREATED, SUPERSEDED, COMMENTED, ACKNOWLEDGED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_event_seq")
    @SequenceGenerator(name = "report_event_seq", sequenceName = "report_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Action action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private ReportStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", updatable = false)
    private ReportStatus toStatus;
    @Column(name = "line_code", updatable = false)
    private String lineCode;
    @Column(name = "old_value", updatable = false)
    private BigDecimal oldValue;
    @Column(name = "new_value", updatable = false)
    private BigDecimal newValue;
    @Column(updatable = false)
    private String comment;
    @Column(name = "rule_id", updatable = false)
    private String ruleId;

    protected ReportEvent() {
    }

    private ReportEvent(String actor) {
        super(actor, Instant.now());
    }

    static ReportEvent transition(Long reportId, String actor, Action action, ReportStatus from, ReportStatus to, String comment) {
        ReportEvent e = new ReportEvent(actor);
        e.reportId = reportId;
        e.action = action;
        e.fromStatus = from;
        e.toStatus = to;
        e.comment = comment;
        return e;
    }

    static ReportEvent valueChange(Long reportId, String actor, String lineCode, BigDecimal oldValue, BigDecimal newValue) {
        ReportEvent e = transition(reportId, actor, Action.VALUE_CHANGED, null, null, null);
        e.lineCode = lineCode;
        e.oldValue = oldValue;
        e.newValue = newValue;
        return e;
    }

    static ReportEvent comment(Long reportId, String actor, String lineCode, String comment) {
        ReportEvent e = transition(reportId, actor, Action.COMMENTED, null, null, comment);
        e.lineCode = lineCode;
        return e;
    }

    /** The reviewer has seen a large change against last year on this line and accepts it (DOMAIN §3). */
    static ReportEvent acknowledgement(Long reportId, String actor, String ruleId, String lineCode, String comment) {
        ReportEvent e = comment(reportId, actor, lineCode, comment);
        e.action = Action.ACKNOWLEDGED;
        e.ruleId = ruleId;
        return e;
    }

    public String getRuleId() {
        return ruleId;
    }

    public Long getId() {
        return id;
    }

    public Long getReportId() {
        return reportId;
    }

    public Action getAction() {
        return action;
    }

    public ReportStatus getFromStatus() {
        return fromStatus;
    }

    public ReportStatus getToStatus() {
        return toStatus;
    }

    public String getLineCode() {
        return lineCode;
    }

    public BigDecimal getOldValue() {
        return oldValue;
    }

    public BigDecimal getNewValue() {
        return newValue;
    }

    public String getComment() {
        return comment;
    }
}
