package kz.qaldyq.registry.historical;

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
import java.time.Instant;
import kz.qaldyq.platform.RecordedStep;

/** One line of an object's history: who did what when, from which state to which, and why. Never changed. */
@Entity
@Table(name = "historical_event")
@NamedQuery(name = "HistoricalEvent.findByObject", query = "select e from HistoricalEvent e where e.objectId = :object order by e.at, e.id")
public class HistoricalEvent extends RecordedStep {

    public enum Action {
        CREATED, CHANGED, ASSESSED, SUBMITTED, INCLUDED, REFUSED, CATEGORISED, LIQUIDATION_STARTED, STAGE_REACHED,
        MONITORING_STARTED, EXCLUDED, DOCUMENT_ADDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "historical_event_seq")
    @SequenceGenerator(name = "historical_event_seq", sequenceName = "historical_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "object_id", nullable = false, updatable = false)
    private Long objectId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Action action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private HistoricalStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", updatable = false)
    private HistoricalStatus toStatus;
    @Column(updatable = false)
    private String comment;

    protected HistoricalEvent() {
    }

    HistoricalEvent(Long objectId, String actor, Action action, HistoricalStatus from, HistoricalStatus to, String comment) {
        super(actor, Instant.now());
        this.objectId = objectId;
        this.action = action;
        this.fromStatus = from;
        this.toStatus = to;
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public Long getObjectId() {
        return objectId;
    }

    public Action getAction() {
        return action;
    }

    public HistoricalStatus getFromStatus() {
        return fromStatus;
    }

    public HistoricalStatus getToStatus() {
        return toStatus;
    }

    public String getComment() {
        return comment;
    }
}
