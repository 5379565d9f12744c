package kz.qaldyq.reconciliation;

import java.math.BigDecimal;

/** A region's waste-1 line 201 (delivered to MSW landfills) against waste-2 line 620 (buried) of its class-3 landfills. */
public record RegionTotals(String regionCode, int year, BigDecimal deliveredToLandfills, BigDecimal buriedAtClass3, BigDecimal differencePercent) {
}
