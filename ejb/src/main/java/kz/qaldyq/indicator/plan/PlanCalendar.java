package kz.qaldyq.indicator.plan;

import java.time.LocalDate;
import java.time.Month;

/**
 * The dates of the Action Plan (Government Resolution No. 1201, §2-4): for a reporting year Y the executors report to
 * the ministry by 1 April Y+1, the ministry to the Ministry of National Economy by 1 May Y+1, and the summary reaches
 * the Government Office by 15 June Y+1. Calendar dates, not working days: the resolution counts none.
 */
public final class PlanCalendar {

    /** The Concept's period (2026-2030): the years a report can be made for. */
    public static final int FIRST_YEAR = 2026;
    public static final int LAST_YEAR = 2030;

    private PlanCalendar() {
    }

    public static boolean inPeriod(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** Step 1: the executors' reports on year {@code year} reach the ministry by 1 April of the next year. */
    public static LocalDate reportDue(int year) {
        return LocalDate.of(year + 1, Month.APRIL, 1);
    }

    /** The due date of a step (1, 2 or 3) of the chain for a reporting year. */
    public static LocalDate stepDue(int year, int step) {
        return switch (step) {
            case 1 -> reportDue(year);
            case 2 -> LocalDate.of(year + 1, Month.MAY, 1);
            case 3 -> LocalDate.of(year + 1, Month.JUNE, 15);
            default -> throw new IllegalArgumentException("step " + step);
        };
    }

    /** Overdue on {@code today} when the due day is over (the due day itself still counts) and the thing is not done. */
    public static boolean overdue(LocalDate due, boolean done, LocalDate today) {
        return !done && today.isAfter(due);
    }

    /**
     * Whether a row's report (or one region's, for an akimat row) is overdue in the view of reporting year
     * {@code year}: an annual or akimat row whose report for the year is still missing after 1 April of the next year;
     * a row with a deadline period that is over (the period ended in or before the year) without the work done.
     *
     * @param status the row's status in the year (carried over from an earlier year for a row with a period), or
     *               null when nothing was reported
     * @param reportedForYear whether a report exists for this very year
     */
    public static boolean overdue(PlanItem item, int year, PlanStatus status, boolean reportedForYear, LocalDate today) {
        return overdue(item.isAnnual() || item.isAkimat(), item.getDueDate(), year, status, reportedForYear, today);
    }

    static boolean overdue(boolean reportedEveryYear, LocalDate periodEnd, int year, PlanStatus status, boolean reportedForYear,
                           LocalDate today) {
        if (reportedEveryYear && overdue(reportDue(year), reportedForYear, today)) {
            return true;
        }
        return periodEnd != null && periodEnd.getYear() <= year && overdue(periodEnd, status == PlanStatus.DONE, today);
    }
}
