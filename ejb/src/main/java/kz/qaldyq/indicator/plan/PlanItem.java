package kz.qaldyq.indicator.plan;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import kz.qaldyq.platform.LocalizedText;

/**
 * One row of the Action Plan: what is to be done, in which form it is completed, by when and by whom. A row with a
 * deadline period is due at the period's end; an annual row is due each year by the report on it (1 April after the
 * reporting year, resolution §2). Akimat rows are reported by every akimat for its own region.
 */
@Entity
@Table(name = "plan_item")
@NamedQuery(name = "PlanItem.findAll", query = "select i from PlanItem i join fetch i.direction order by i.sortOrder")
public class PlanItem {

    @Id
    private String number;
    @Column(name = "sort_order")
    private int sortOrder;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "direction_code")
    private PlanDirection direction;
    @Embedded
    private LocalizedText name;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "kk", column = @Column(name = "form_kk")),
            @AttributeOverride(name = "ru", column = @Column(name = "form_ru")),
            @AttributeOverride(name = "en", column = @Column(name = "form_en"))})
    private LocalizedText completionForm;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "kk", column = @Column(name = "deadline_kk")),
            @AttributeOverride(name = "ru", column = @Column(name = "deadline_ru")),
            @AttributeOverride(name = "en", column = @Column(name = "deadline_en"))})
    private LocalizedText deadline;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "kk", column = @Column(name = "responsible_kk")),
            @AttributeOverride(name = "ru", column = @Column(name = "responsible_ru")),
            @AttributeOverride(name = "en", column = @Column(name = "responsible_en"))})
    private LocalizedText responsible;
    @Column(name = "due_date")
    private LocalDate dueDate;
    private boolean annual;
    private boolean akimat;

    protected PlanItem() {
    }

    /** The date the row is due in the view of a reporting year: the period's end, or 1 April after the year if annual. */
    public LocalDate dueFor(int year) {
        return annual ? PlanCalendar.reportDue(year) : dueDate;
    }

    public String getNumber() {
        return number;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public PlanDirection getDirection() {
        return direction;
    }

    public LocalizedText getName() {
        return name;
    }

    public LocalizedText getCompletionForm() {
        return completionForm;
    }

    public LocalizedText getDeadline() {
        return deadline;
    }

    public LocalizedText getResponsible() {
        return responsible;
    }

    /** The end of the deadline period; null for an annual row. */
    public LocalDate getDueDate() {
        return dueDate;
    }

    public boolean isAnnual() {
        return annual;
    }

    public boolean isAkimat() {
        return akimat;
    }
}
