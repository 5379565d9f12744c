package kz.qaldyq.validation;

/**
 * The kinds of control the engine knows. A kind is code; the rules of a form (which kind, on which lines, with which
 * thresholds) are data. Each kind's parameters are documented on the class that implements it.
 */
public enum RuleKind {
    /** @see NonNegativeCheck */
    NON_NEGATIVE,
    /** @see RequiredCheck */
    REQUIRED,
    /** @see SumOfPartsCheck */
    SUM_OF_PARTS,
    /** @see ComparisonCheck */
    COMPARISON,
    /** @see RatioToHeaderCheck */
    RATIO_TO_HEADER,
    /** @see DetailSumCheck */
    DETAIL_SUM,
    /** @see LandfillClassCheck */
    LANDFILL_CLASS,
    /** @see MagnitudePriorYearCheck */
    MAGNITUDE_PRIOR_YEAR,
    /** @see ChangePriorYearCheck */
    CHANGE_PRIOR_YEAR,
    /** @see DisappearedLineCheck */
    DISAPPEARED_LINE,
    /** @see PerCapitaCheck */
    PER_CAPITA,
    /** @see NewRespondentShareCheck */
    NEW_RESPONDENT_SHARE,
    /** @see SubjectRegisteredCheck */
    SUBJECT_REGISTERED,
    /** @see CounterpartyRegisteredCheck */
    COUNTERPARTY_REGISTERED,
    /** @see CounterpartyClassCheck */
    COUNTERPARTY_CLASS,
    /** @see DetailThresholdCheck */
    DETAIL_THRESHOLD
}
