package kz.qaldyq.registry.hazardous;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import kz.qaldyq.platform.RecordedStep;

/** One step in the history of a registration, a passport or a permit: who, when, from which state, why. Never changed. */
@Entity
@Table(name = "hazardous_event")
public class HazardousEvent extends RecordedStep {

    public static final String GENERATOR = "GENERATOR";
    public static final String PASSPORT = "PASSPORT";
    public static final String PERMIT = "PERMIT";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hazardous_event_seq")
    @SequenceGenerator(name = "hazardous_event_seq", sequenceName = "hazardous_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "entity_type", nullable = false, updatable = false)
    private String entityType;
    @Column(name = "entity_id", nullable = false, updatable = false)
    private Long entityId;
    @Column(nullable = false, updatable = false)
    private String action;
    @Column(name = "from_status", updatable = false)
    private String fromStatus;
    @Column(name = "to_status", updatable = false)
    private String toStatus;
    @Column(updatable = false)
    private String comment;

    protected HazardousEvent() {
    }

    HazardousEvent(String entityType, Long entityId, String actor, String action, Object from, Object to, String comment) {
        super(actor, Instant.now());
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.fromStatus = from == null ? null : from.toString();
        this.toStatus = to == null ? null : to.toString();
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    public String getFromStatus() {
        return fromStatus;
    }

    public String getToStatus() {
        return toStatus;
    }

    public String getComment() {
        return comment;
    }
}
