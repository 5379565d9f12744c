package kz.qaldyq.indicator.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The resolution's dates and the overdue rule at their edges. */
class PlanCalendarTest {

    @Test
    void chainDatesFollowTheReportingYear() {
        assertEquals(LocalDate.of(2027, 4, 1), PlanCalendar.stepDue(2026, 1));
        assertEquals(LocalDate.of(2027, 5, 1), PlanCalendar.stepDue(2026, 2));
        assertEquals(LocalDate.of(2027, 6, 15), PlanCalendar.stepDue(2026, 3));
    }

    @Test
    void aMissingAnnualReportIsOverdueFromTheDayAfterFirstApril() {
        assertFalse(PlanCalendar.overdue(true, null, 2026, null, false, LocalDate.of(2027, 4, 1)));
        assertTrue(PlanCalendar.overdue(true, null, 2026, null, false, LocalDate.of(2027, 4, 2)));
        assertFalse(PlanCalendar.overdue(true, null, 2026, PlanStatus.NOT_STARTED, true, LocalDate.of(2027, 4, 2)),
                "a report for the year, whatever its status, answers an annual row");
    }

    @Test
    void aRowWithAPeriodIsOverdueAfterThePeriodUnlessDone() {
        LocalDate end = LocalDate.of(2026, 6, 30);
        assertFalse(PlanCalendar.overdue(false, end, 2026, PlanStatus.IN_PROGRESS, true, end));
        assertTrue(PlanCalendar.overdue(false, end, 2026, PlanStatus.IN_PROGRESS, true, end.plusDays(1)));
        assertTrue(PlanCalendar.overdue(false, end, 2026, null, false, end.plusDays(1)), "nothing reported at all");
        assertFalse(PlanCalendar.overdue(false, end, 2026, PlanStatus.DONE, true, end.plusDays(1)));
        assertFalse(PlanCalendar.overdue(false, LocalDate.of(2028, 12, 31), 2027, PlanStatus.IN_PROGRESS, true, LocalDate.of(2029, 1, 1)),
                "in the view of a year before the period ends the work is not late yet");
    }
}
