package kz.qaldyq.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** EC art. 143(5): 30 working days, weekends and Kazakhstan's public holidays not counted. */
class WorkingDaysTest {

    private static final LocalDate INDEPENDENCE_DAY_2026 = LocalDate.of(2026, 12, 16);
    private static final LocalDate KURBAN_AIT_2026 = LocalDate.of(2026, 5, 27);
    private static final WorkingDays CALENDAR = new WorkingDays(List.of(
            KURBAN_AIT_2026, INDEPENDENCE_DAY_2026,
            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 7)));

    @Test
    void weekendsAndHolidaysAreNotWorkingDays() {
        assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2026, 12, 12)), "Saturday");
        assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2026, 12, 13)), "Sunday");
        assertFalse(CALENDAR.isWorkingDay(INDEPENDENCE_DAY_2026), "a Wednesday that is a public holiday");
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2026, 12, 17)));
    }

    @Test
    void periodSkipsTheWeekendAndKurbanAit() {
        // received on Friday 22 May 2026: Mon 25, Tue 26, (Wed 27 Kurban Ait), Thu 28
        assertEquals(LocalDate.of(2026, 5, 28), CALENDAR.plus(LocalDate.of(2026, 5, 22), 3));
    }

    @Test
    void thirtyWorkingDaysRunOverNewYearAndOrthodoxChristmas() {
        // from Friday 11 December 2026: 16 Dec, 1-2 Jan and 7 Jan are holidays, besides the weekends
        assertEquals(LocalDate.of(2027, 1, 27), CALENDAR.plus(LocalDate.of(2026, 12, 11), 30));
    }

    @Test
    void theDayOfReceiptDoesNotCountEvenWhenItIsAWeekend() {
        assertEquals(LocalDate.of(2026, 12, 14), CALENDAR.plus(LocalDate.of(2026, 12, 11), 1));
        assertEquals(LocalDate.of(2026, 12, 14), CALENDAR.plus(LocalDate.of(2026, 12, 12), 1));
        assertEquals(LocalDate.of(2026, 12, 12), CALENDAR.plus(LocalDate.of(2026, 12, 12), 0));
    }

    @Test
    void countdownLosesNoDayOverTheWeekendAndTheHoliday() {
        LocalDate received = LocalDate.of(2026, 12, 11);
        assertEquals(30, CALENDAR.countdown(received, 30, received).left(), "the whole period on the day of receipt");
        assertEquals(30, CALENDAR.countdown(received, 30, LocalDate.of(2026, 12, 13)).left(), "Saturday and Sunday cost nothing");
        assertEquals(29, CALENDAR.countdown(received, 30, LocalDate.of(2026, 12, 14)).left());
        assertEquals(28, CALENDAR.countdown(received, 30, INDEPENDENCE_DAY_2026).left(), "the holiday costs nothing");
        assertEquals(27, CALENDAR.countdown(received, 30, LocalDate.of(2026, 12, 17)).left());
    }

    @Test
    void countdownIsOverdueOnlyAfterTheDueDate() {
        LocalDate received = LocalDate.of(2026, 12, 11);
        WorkingDays.Countdown onDueDate = CALENDAR.countdown(received, 30, LocalDate.of(2027, 1, 27));
        assertEquals(0, onDueDate.left());
        assertFalse(onDueDate.overdue());

        WorkingDays.Countdown dayAfter = CALENDAR.countdown(received, 30, LocalDate.of(2027, 1, 28));
        assertTrue(dayAfter.overdue());
        assertEquals(-1, dayAfter.left());
        assertEquals(LocalDate.of(2027, 1, 27), dayAfter.due());
    }

    @Test
    void betweenCountsOnlyWorkingDaysAfterTheStart() {
        assertEquals(3, CALENDAR.between(LocalDate.of(2026, 12, 11), LocalDate.of(2026, 12, 17)));
        assertEquals(0, CALENDAR.between(LocalDate.of(2026, 12, 17), LocalDate.of(2026, 12, 11)));
    }

    @Test
    void negativePeriodIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CALENDAR.plus(LocalDate.of(2026, 12, 11), -1));
    }
}
