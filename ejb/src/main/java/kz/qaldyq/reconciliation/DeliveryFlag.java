package kz.qaldyq.reconciliation;

import java.math.BigDecimal;

/**
 * A collector's deliveries to a facility (waste-1 section 4) against the facility's receipts from that collector
 * (waste-2 section 5) for one year. {@code collectorTonnes} or {@code facilityTonnes} is null when only one side
 * reports the delivery.
 */
public record DeliveryFlag(String collectorBin, String collectorName, String collectorRegion, Long collectorReportId,
                           long facilityId, String facilityName, String facilityRegion, Long facilityReportId,
                           BigDecimal collectorTonnes, BigDecimal facilityTonnes, Kind kind, BigDecimal differencePercent) {

    public enum Kind { MATCH, MISMATCH, ONLY_COLLECTOR, ONLY_FACILITY }

    public boolean flagged() {
        return kind != Kind.MATCH;
    }
}
