package kz.qaldyq.indicator.plan;

/** Where the work on a row stands in a reporting year. */
public enum PlanStatus {
    NOT_STARTED, IN_PROGRESS, DONE
}
