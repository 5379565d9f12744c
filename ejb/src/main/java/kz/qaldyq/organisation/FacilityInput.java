package kz.qaldyq.organisation;

import java.math.BigDecimal;

/** What a user enters for a facility. */
public record FacilityInput(String name, FacilityType type, String katoCode, BigDecimal latitude, BigDecimal longitude,
                            Integer landfillClass, BigDecimal designCapacity, String environmentalCategory) {
}
