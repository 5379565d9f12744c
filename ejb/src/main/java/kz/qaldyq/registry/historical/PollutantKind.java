package kz.qaldyq.registry.historical;

/** A row of assessment item 1 names either a polluting substance or a waste (by its classifier code). */
public enum PollutantKind {
    SUBSTANCE, WASTE
}
