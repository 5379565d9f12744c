package kz.qaldyq.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Instant;

/** The frozen base-year volume of one region (or 'KZ' for the country) and the data it came from. */
@Embeddable
public class BaselineValue {

    @Column(nullable = false)
    private BigDecimal value;
    @Column(nullable = false)
    private int sources;
    @Column(name = "last_approval")
    private Instant lastApproval;

    protected BaselineValue() {
    }

    BaselineValue(Measure measure) {
        this.value = measure.numerator();
        this.sources = measure.sources();
        this.lastApproval = measure.lastChange();
    }

    public BigDecimal getValue() {
        return value;
    }

    public int getSources() {
        return sources;
    }

    public Instant getLastApproval() {
        return lastApproval;
    }
}
