package kz.qaldyq.validation;

/** How much a rule's finding weighs; the declaration order is the order results are shown in. */
public enum Severity {
    /** Blocks submission. */
    ERROR,
    /** Allows submission once the respondent has written an explanation; shown to the reviewer. */
    WARNING,
    /** Shown only. */
    INFO
}
