package kz.qaldyq.indicator.plan;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A step of the annual chain for a reporting year: 1 executors → ministry (by 1 April; done when every expected
 * report is in, {@code received} of {@code expected}), 2 ministry → Ministry of National Economy (by 1 May),
 * 3 → Government Office (by 15 June); steps 2 and 3 done when the ministry recorded them ({@code record}).
 */
public record ChainStep(int step, LocalDate due, LocalDate doneOn, boolean overdue, int received, int expected,
                        PlanChainStep record) implements Serializable {

    public boolean done() {
        return doneOn != null;
    }

    /** Done, but after its due date. */
    public boolean late() {
        return doneOn != null && doneOn.isAfter(due);
    }
}
