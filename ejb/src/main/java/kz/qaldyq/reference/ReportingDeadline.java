package kz.qaldyq.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import kz.qaldyq.platform.LocalizedText;

/** The reporting calendar: when a form for a reporting year is due (waste-1 and waste-2 by 1 February of the next year). */
@Entity
@Table(name = "reporting_deadline")
public class ReportingDeadline {

    @Id
    @Column(name = "form_code")
    private String formCode;
    @Column(name = "due_month")
    private int dueMonth;
    @Column(name = "due_day")
    private int dueDay;
    @Column(name = "years_after")
    private int yearsAfter;
    @Embedded
    private LocalizedText name;
    @Column(name = "legal_basis")
    private String legalBasis;

    protected ReportingDeadline() {
    }

    public String getFormCode() {
        return formCode;
    }

    public LocalizedText getName() {
        return name;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public LocalDate dueDateFor(int reportingYear) {
        return LocalDate.of(reportingYear + yearsAfter, dueMonth, dueDay);
    }

    /** The reporting year whose report is due next on or after the given day. */
    public int nextReportingYear(LocalDate today) {
        int year = today.getYear() - yearsAfter;
        return today.isAfter(dueDateFor(year)) ? year + 1 : year;
    }
}
