package kz.qaldyq.validation;

import java.math.BigDecimal;

/**
 * A row of a detail section of a report, e.g. waste-1 section 4 (deliveries: receiving facility, destination type,
 * tonnes) or waste-2 section 5 (suppliers: collector BIN, tonnes). {@code tonnes} may be null for an unfinished row.
 * {@code key} names the counterparty ({@code facility:ID} or {@code bin:BIN}); {@code label} is how messages name it
 * (may be null).
 */
public record DetailRow(String table, String key, String category, BigDecimal tonnes, String label) {

    public DetailRow(String table, String key, String category, BigDecimal tonnes) {
        this(table, key, category, tonnes, null);
    }

    /** The label for messages: the given one, else the key. */
    String name() {
        return label == null || label.isBlank() ? key : label;
    }
}
