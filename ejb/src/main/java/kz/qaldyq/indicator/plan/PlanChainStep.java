package kz.qaldyq.indicator.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import kz.qaldyq.platform.BusinessException;

/**
 * The ministry's record that a step of the annual chain was taken for a reporting year: step 2, the information sent
 * to the Ministry of National Economy (due 1 May), or step 3, the summary sent to the Government Office (due 15 June);
 * with the day, the outgoing letter and who recorded it when.
 */
@Entity
@Table(name = "plan_chain_step")
@IdClass(PlanChainStep.Key.class)
public class PlanChainStep {

    public static final int TO_ECONOMY = 2;
    public static final int TO_GOVERNMENT = 3;

    @Id
    private int year;
    @Id
    private int step;
    @Column(name = "done_on", nullable = false)
    private LocalDate doneOn;
    @Column(name = "letter_number")
    private String letterNumber;
    private String note;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected PlanChainStep() {
    }

    PlanChainStep(int year, int step, LocalDate doneOn, String letterNumber, String note, String by) {
        if (!PlanCalendar.inPeriod(year)) {
            throw new BusinessException("plan.year", year, PlanCalendar.FIRST_YEAR, PlanCalendar.LAST_YEAR);
        }
        if (step != TO_ECONOMY && step != TO_GOVERNMENT) {
            throw new BusinessException("plan.chain.step", step);
        }
        if (doneOn == null) {
            throw new BusinessException("plan.chain.dateRequired");
        }
        if (!doneOn.isAfter(LocalDate.of(year, 12, 31))) {
            throw new BusinessException("plan.chain.dateBeforeYearEnd", year);
        }
        if ((letterNumber == null || letterNumber.isBlank()) && (note == null || note.isBlank())) {
            throw new BusinessException("plan.chain.letterRequired");
        }
        this.year = year;
        this.step = step;
        this.doneOn = doneOn;
        this.letterNumber = letterNumber == null || letterNumber.isBlank() ? null : letterNumber.strip();
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.recordedAt = Instant.now();
        this.recordedBy = by;
    }

    public int getYear() {
        return year;
    }

    public int getStep() {
        return step;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public String getLetterNumber() {
        return letterNumber;
    }

    public String getNote() {
        return note;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    /** The identity of a step record: the reporting year and the step. */
    public static class Key implements Serializable {
        private int year;
        private int step;

        public Key() {
        }

        public Key(int year, int step) {
            this.year = year;
            this.step = step;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.year == year && k.step == step;
        }

        @Override
        public int hashCode() {
            return Objects.hash(year, step);
        }
    }
}
