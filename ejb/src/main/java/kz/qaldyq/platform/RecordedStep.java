package kz.qaldyq.platform;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A step of a history: who did it and when, never changed afterwards. The histories of reports, objects, registry
 * entries, Action Plan reports and the TOP-50 list each add what their step records (action, statuses, text).
 */
@MappedSuperclass
public abstract class RecordedStep {

    @Column(nullable = false, updatable = false)
    private Instant at;
    @Column(nullable = false, updatable = false)
    private String actor;

    protected RecordedStep() {
    }

    protected RecordedStep(String actor, Instant at) {
        this.actor = actor;
        this.at = at;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }
}
