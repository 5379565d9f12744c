package kz.qaldyq.validation;

import java.math.BigDecimal;

/**
 * A row of a detail section of a report, e.g. waste-1 section 4 (deliveries: receiving facility, destination type,
 * tonnes) or waste-2 section 5 (suppliers: collector BIN, tonnes). {@code tonnes} may be null for an unfinished row.
 */
public record DetailRow(String table, String key, String category, BigDecimal tonnes) {
}
