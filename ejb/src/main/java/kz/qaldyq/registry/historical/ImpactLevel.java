package kz.qaldyq.registry.historical;

/** Level of negative impact found by the assessment (EC art. 143(4), item 3) [P: four levels]. */
public enum ImpactLevel {
    LOW, MODERATE, HIGH, CRITICAL
}
