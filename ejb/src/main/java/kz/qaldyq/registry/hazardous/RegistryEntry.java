package kz.qaldyq.registry.hazardous;

import java.util.List;
import kz.qaldyq.platform.LocalizedText;

/**
 * One generator as the registry search lists it: organisation, region, registration, how many facilities, the waste
 * codes of its current passports, and the years in which its hazardous-waste transfers mark it for the pollutant
 * release and transfer register (computed on read from its live inventories).
 */
public record RegistryEntry(long generatorId, long organisationId, String bin, LocalizedText name, String regionCode,
                            GeneratorStatus status, String registryNo, int facilities, List<String> passportCodes,
                            List<Integer> prtrYears) {

    public boolean isPrtr() {
        return !prtrYears.isEmpty();
    }

    public String getPassportCodesText() {
        return String.join(", ", passportCodes);
    }

    public String getPrtrYearsText() {
        return String.join(", ", prtrYears.stream().map(String::valueOf).toList());
    }
}
