package kz.qaldyq.registry.historical;

/** Stages of liquidation (Order No. 345): survey, design project approved, works, acceptance act; in this order. */
public enum LiquidationStage {
    SURVEY, PROJECT_APPROVED, WORKS, ACCEPTANCE_ACT;

    /** The stage after this one; the acceptance act is the last. */
    public LiquidationStage next() {
        return this == ACCEPTANCE_ACT ? null : values()[ordinal() + 1];
    }
}
