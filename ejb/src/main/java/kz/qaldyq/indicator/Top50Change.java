package kz.qaldyq.indicator;

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
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.RecordedStep;

/** A recorded change to the frozen TOP-50 list: who, when, what and why. */
@Entity
@Table(name = "top50_change")
@NamedQuery(name = "Top50Change.all", query = "select c from Top50Change c order by c.at desc, c.id desc")
public class Top50Change extends RecordedStep {

    public enum Action { ADDED, CHANGED, REMOVED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "top50_change_seq")
    @SequenceGenerator(name = "top50_change_seq", sequenceName = "top50_seq", allocationSize = 50)
    private Long id;
    @Column(name = "company_id", nullable = false, updatable = false)
    private Long companyId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Action action;
    @Column(nullable = false, updatable = false)
    private String reason;

    protected Top50Change() {
    }

    Top50Change(Long companyId, Action action, String reason, String actor, Instant at) {
        super(actor, at);
        if (reason == null || reason.trim().length() < 10) {
            throw new BusinessException("indicator.top50.reasonRequired");
        }
        this.companyId = companyId;
        this.action = action;
        this.reason = reason.trim();
    }

    public Long getCompanyId() {
        return companyId;
    }

    public Action getAction() {
        return action;
    }

    public String getReason() {
        return reason;
    }
}
