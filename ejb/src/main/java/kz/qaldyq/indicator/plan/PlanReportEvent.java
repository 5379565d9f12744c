package kz.qaldyq.indicator.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import kz.qaldyq.platform.RecordedStep;

/** One line of a report's history: who did what when, from which status to which, with the text given. Never changed. */
@Entity
@Table(name = "plan_report_event")
public class PlanReportEvent extends RecordedStep {

    public enum Action { REPORTED, UPDATED, EVIDENCE_ADDED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_report_event_seq")
    @SequenceGenerator(name = "plan_report_event_seq", sequenceName = "plan_report_event_seq", allocationSize = 50)
    private Long id;
    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Action action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private PlanStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", updatable = false)
    private PlanStatus toStatus;
    @Column(updatable = false)
    private String text;

    protected PlanReportEvent() {
    }

    PlanReportEvent(Long reportId, String actor, Action action, PlanStatus from, PlanStatus to, String text) {
        super(actor, Instant.now());
        this.reportId = reportId;
        this.action = action;
        this.fromStatus = from;
        this.toStatus = to;
        this.text = text;
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

    public PlanStatus getFromStatus() {
        return fromStatus;
    }

    public PlanStatus getToStatus() {
        return toStatus;
    }

    public String getText() {
        return text;
    }
}
