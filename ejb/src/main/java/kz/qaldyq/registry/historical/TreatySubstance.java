package kz.qaldyq.registry.historical;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

/** Assessment item 4 (EC art. 143(4)): a hazardous substance found that an international treaty governs. */
@Embeddable
public class TreatySubstance implements Serializable {

    @Column(nullable = false)
    private String substance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Treaty treaty;

    protected TreatySubstance() {
    }

    public TreatySubstance(String substance, Treaty treaty) {
        this.substance = substance;
        this.treaty = treaty;
    }

    public String getSubstance() {
        return substance;
    }

    public Treaty getTreaty() {
        return treaty;
    }
}
