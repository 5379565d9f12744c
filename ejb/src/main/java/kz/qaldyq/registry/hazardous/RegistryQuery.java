package kz.qaldyq.registry.hazardous;

/**
 * Filters of the registry search (DOMAIN §4): region (KATO of the region), waste code (of a current passport or an
 * inventory), hazardous property (of a current passport), organisation (part of its name or the start of its BIN),
 * registration status and the PRTR mark; null means "any".
 */
public record RegistryQuery(String regionCode, String wasteCode, String property, String organisation, GeneratorStatus status,
                            Boolean prtr) {

    public static RegistryQuery all() {
        return new RegistryQuery(null, null, null, null, null, null);
    }
}
