package kz.qaldyq.reference;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Working-day arithmetic of Kazakhstan: Saturdays, Sundays and the public holidays given (reference data) are
 * non-working. A period of n working days "from" a date starts the next day, so the date itself never counts.
 */
public final class WorkingDays {

    private final Set<LocalDate> holidays;

    public WorkingDays(Collection<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The last day of a period of {@code days} working days that follows {@code from}. */
    public LocalDate plus(LocalDate from, int days) {
        Objects.requireNonNull(from, "from");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; zero when {@code to} is not after {@code from}. */
    public int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Where a period of {@code days} working days from {@code start} stands on {@code today}: its last day, the
     * working days still left after today (zero on the last day itself) and whether the last day has passed.
     */
    public Countdown countdown(LocalDate start, int days, LocalDate today) {
        LocalDate due = plus(start, days);
        boolean overdue = today.isAfter(due);
        int left = overdue ? -between(due, today) : between(today, due);
        return new Countdown(start, due, left, overdue);
    }

    /**
     * @param left working days left after today; negative (the working days past the due date) once overdue
     */
    public record Countdown(LocalDate start, LocalDate due, int left, boolean overdue) {
    }
}
