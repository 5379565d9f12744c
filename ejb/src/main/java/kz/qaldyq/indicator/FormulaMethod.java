package kz.qaldyq.indicator;

/**
 * How a formula version reads approved data. The method is code; what it reads (form, line, landfill class, what is
 * subtracted) are the formula version's parameters, kept as data.
 */
public enum FormulaMethod {
    /** Indicator 1: facilities of registered generators with an approved inventory ÷ all such active facilities. */
    INVENTORY_COVERAGE(false),
    /** A line of approved statistical reports, as a reduction against the frozen base-year value. */
    REPORT_LINE_REDUCTION(true),
    /** Approved inventories, generated minus what the parameters name, as a reduction against the base year. */
    INVENTORY_REDUCTION(true),
    /** Numerator and denominator entered by the ministry per region and year. */
    ENTERED_SHARE(false),
    /** Companies of the TOP-50 list with a published sustainability report with waste indicators. */
    TOP50_SHARE(false);

    private final boolean reduction;

    FormulaMethod(boolean reduction) {
        this.reduction = reduction;
    }

    /** A reduction compares the year's volume with the base year's; the others are shares of the year itself. */
    public boolean isReduction() {
        return reduction;
    }
}
