package kz.qaldyq.registry.hazardous;

import java.time.LocalDate;
import java.util.Set;

/**
 * A licence (EC art. 336: recovery or disposal of hazardous waste) or a notification (EC art. 337: collection,
 * transport) as the ministry or the administrator enters it: holder by BIN, number, operations, waste codes covered,
 * validity (an open end is allowed) and status.
 */
public record PermitInput(Permit.Kind kind, String holderBin, String number, Set<Permit.Operation> operations,
                          Set<String> wasteCodes, LocalDate validFrom, LocalDate validTo, Permit.Status status, String issuedBy) {

    public PermitInput {
        operations = operations == null ? Set.of() : Set.copyOf(operations);
        wasteCodes = wasteCodes == null ? Set.of() : Set.copyOf(wasteCodes);
    }
}
