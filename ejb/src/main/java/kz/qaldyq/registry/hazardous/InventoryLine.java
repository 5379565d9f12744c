package kz.qaldyq.registry.hazardous;

import java.math.BigDecimal;

/**
 * One approved inventory line (view {@code hazardous_inventory_line}): facility, region, year and waste code with its
 * balance. Indicators 1 (facilities with an approved inventory) and 3 (generated − recovered) read these.
 */
public record InventoryLine(long reportId, long organisationId, long facilityId, String regionCode, int year, String wasteCode,
                            boolean hazardous, BigDecimal stockStart, BigDecimal generated, BigDecimal received,
                            BigDecimal transferred, BigDecimal recoveredOnSite, BigDecimal disposedOnSite, BigDecimal stockEnd,
                            BigDecimal transferredForRecovery) {

    /** Generated minus recovered (on site and by transfer for recovery): indicator 3's quantity for this line. */
    public BigDecimal notRecovered() {
        BigDecimal g = generated == null ? BigDecimal.ZERO : generated;
        BigDecimal r = (recoveredOnSite == null ? BigDecimal.ZERO : recoveredOnSite)
                .add(transferredForRecovery == null ? BigDecimal.ZERO : transferredForRecovery);
        return g.subtract(r);
    }
}
