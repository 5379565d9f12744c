package kz.qaldyq.registry.hazardous;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a generator enters in a hazardous-waste passport (EC art. 343; DOMAIN §4): waste code and name, facility,
 * origin (a process, or a spent product and its name), hazardous properties (HP1-HP15, C16), chemical composition,
 * laboratory protocol, recommended management methods, precautions, transport requirements, emergency measures,
 * extra information and the date the waste was first generated.
 */
public record PassportInput(long facilityId, String wasteCode, String wasteName, OriginKind originKind, String origin,
                            String productName, List<String> properties, List<Component> components, String labName,
                            String labProtocolNo, LocalDate labProtocolDate, String managementMethods, String precautions,
                            String transportRequirements, String emergencyMeasures, String extraInformation,
                            LocalDate firstGenerated) {

    /** Where the waste comes from. */
    public enum OriginKind { PROCESS, SPENT_PRODUCT }

    /** A row of the chemical composition: component and its share in per cent. */
    public record Component(String component, BigDecimal percent) {
    }

    public PassportInput {
        properties = properties == null ? List.of() : List.copyOf(properties);
        components = components == null ? List.of() : List.copyOf(components);
    }
}
