package kz.qaldyq.registry.hazardous;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;

/** A component of a passport's chemical composition and its share in per cent. */
@Embeddable
public class PassportComponent implements Serializable {

    @Column(nullable = false)
    private String component;
    @Column(nullable = false)
    private BigDecimal percent;

    protected PassportComponent() {
    }

    PassportComponent(String component, BigDecimal percent) {
        this.component = component;
        this.percent = percent;
    }

    public String getComponent() {
        return component;
    }

    public BigDecimal getPercent() {
        return percent;
    }
}
