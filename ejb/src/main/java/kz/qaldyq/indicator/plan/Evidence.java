package kz.qaldyq.indicator.plan;

import java.io.Serializable;

/** An uploaded file as the user chose it: its name and bytes, checked by {@link PlanEvidence} before it is stored. */
public record Evidence(String name, byte[] content) implements Serializable {
}
