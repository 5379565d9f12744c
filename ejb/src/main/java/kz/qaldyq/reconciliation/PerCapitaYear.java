package kz.qaldyq.reconciliation;

import java.math.BigDecimal;

/**
 * One year of a region's collected municipal waste per person served (approved waste-1 reports), flagged when waste
 * falls while the population served grows — the pattern the Supreme Audit Chamber found.
 */
public record PerCapitaYear(int year, BigDecimal collected, BigDecimal populationServed, BigDecimal kilogramsPerPerson,
                            boolean fallingWhilePopulationGrows) {
}
