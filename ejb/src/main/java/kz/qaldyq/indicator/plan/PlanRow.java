package kz.qaldyq.indicator.plan;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A row of the plan as the caller sees it for a reporting year. For a ministry row and for an akimat's own region:
 * the report (null when none), the status (for a row with a deadline period carried over from the last earlier year
 * reported, {@code statusYear} saying which) and whether it is overdue. For an akimat row seen nationally: how many
 * of the regions have reported, finished it, or are overdue.
 */
public record PlanRow(PlanItem item, int year, LocalDate due, PlanReport report, PlanStatus status, Integer statusYear,
                      boolean overdue, boolean regional, int regionsReported, int regionsDone, int regionsOverdue,
                      int regionsTotal) implements Serializable {

    /** The status came from an earlier year's report (the row's period is still the same work). */
    public boolean carriedOver() {
        return statusYear != null && statusYear != year;
    }
}
