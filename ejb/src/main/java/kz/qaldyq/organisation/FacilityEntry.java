package kz.qaldyq.organisation;

import java.io.Serializable;
import kz.qaldyq.platform.LocalizedText;

/**
 * A facility as the directory shows it to anyone filing or reviewing (a collector names the landfill it delivered to):
 * name, type, landfill class and the operator's BIN and name, which are public facts about a waste facility.
 */
public record FacilityEntry(long id, String name, FacilityType type, Integer landfillClass, String regionCode, String operatorBin,
                            LocalizedText operatorName) implements Serializable {

    static FacilityEntry of(Facility facility) {
        Organisation operator = facility.getOrganisation();
        return new FacilityEntry(facility.getId(), facility.getName(), facility.getType(), facility.getLandfillClass(),
                facility.getRegionCode(), operator.getBinValue(), operator.getName());
    }
}
