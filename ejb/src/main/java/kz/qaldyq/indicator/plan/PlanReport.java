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
import jakarta.persistence.Version;
import java.time.Instant;
import kz.qaldyq.platform.BusinessException;

/**
 * The report on one Action Plan row for one reporting year: national for the ministry's rows, one per region for
 * the akimat rows. Every change carries a text saying what was done; the version guards against overwriting a
 * change someone else saved in between.
 */
@Entity
@Table(name = "plan_report")
public class PlanReport {

    public static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_report_seq")
    @SequenceGenerator(name = "plan_report_seq", sequenceName = "plan_report_seq", allocationSize = 50)
    private Long id;
    @Column(name = "item_number", nullable = false, updatable = false)
    private String itemNumber;
    @Column(nullable = false, updatable = false)
    private int year;
    @Column(name = "region_code", updatable = false)
    private String regionCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;
    private String progress;
    private boolean demo;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;
    @Version
    private int version;

    protected PlanReport() {
    }

    PlanReport(PlanItem item, int year, String regionCode, PlanStatus status, String progress, String by) {
        if (!PlanCalendar.inPeriod(year)) {
            throw new BusinessException("plan.year", year, PlanCalendar.FIRST_YEAR, PlanCalendar.LAST_YEAR);
        }
        this.itemNumber = item.getNumber();
        this.year = year;
        this.regionCode = regionCode;
        this.createdAt = Instant.now();
        this.createdBy = by;
        apply(status, progress, by);
    }

    /** Records a new state of the work with the text that explains it; answers the status it had before. */
    PlanStatus change(PlanStatus newStatus, String newProgress, String by) {
        PlanStatus before = status;
        apply(newStatus, newProgress, by);
        return before;
    }

    private void apply(PlanStatus newStatus, String newProgress, String by) {
        if (newStatus == null) {
            throw new BusinessException("plan.statusRequired");
        }
        if (newProgress == null || newProgress.isBlank()) {
            throw new BusinessException("plan.textRequired");
        }
        if (newProgress.strip().length() > MAX_TEXT) {
            throw new BusinessException("plan.textTooLong", MAX_TEXT);
        }
        this.status = newStatus;
        this.progress = newProgress.strip();
        this.updatedAt = Instant.now();
        this.updatedBy = by;
    }

    public Long getId() {
        return id;
    }

    public String getItemNumber() {
        return itemNumber;
    }

    public int getYear() {
        return year;
    }

    /** The region of an akimat row's report; null for a national report. */
    public String getRegionCode() {
        return regionCode;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public String getProgress() {
        return progress;
    }

    public boolean isDemo() {
        return demo;
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

    public int getVersion() {
        return version;
    }
}
