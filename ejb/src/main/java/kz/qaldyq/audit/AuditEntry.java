package kz.qaldyq.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One recorded action. Immutable once written. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.findByEntity",
        query = "select a from AuditEntry a where a.entityType = :type and a.entityId = :id order by a.at desc, a.id desc")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;
    @Column(nullable = false, updatable = false)
    private String actor;
    @Column(nullable = false, updatable = false)
    private String action;
    @Column(name = "entity_type", nullable = false, updatable = false)
    private String entityType;
    @Column(name = "entity_id", nullable = false, updatable = false)
    private String entityId;
    @Column(updatable = false)
    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(String actor, String action, String entityType, String entityId, String detail) {
        this.at = Instant.now();
        this.actor = Objects.requireNonNull(actor);
        this.action = Objects.requireNonNull(action);
        this.entityType = Objects.requireNonNull(entityType);
        this.entityId = Objects.requireNonNull(entityId);
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getDetail() {
        return detail;
    }
}
