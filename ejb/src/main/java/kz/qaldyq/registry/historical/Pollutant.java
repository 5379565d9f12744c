package kz.qaldyq.registry.historical;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** Assessment item 1 (EC art. 143(4)): one substance or waste found in one medium, with its amount and unit. */
@Entity
@Table(name = "historical_pollutant")
public class Pollutant {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "historical_pollutant_seq")
    @SequenceGenerator(name = "historical_pollutant_seq", sequenceName = "historical_pollutant_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "object_id")
    private HistoricalObject object;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PollutantKind kind;

    @Column(nullable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Medium medium;

    @Column(nullable = false)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AmountUnit unit;

    protected Pollutant() {
    }

    Pollutant(HistoricalObject object, int sortOrder, PollutantInput input) {
        this.object = object;
        this.sortOrder = sortOrder;
        this.kind = input.kind();
        this.code = input.code().strip();
        this.medium = input.medium();
        this.amount = input.amount();
        this.unit = input.unit();
    }

    public PollutantInput toInput() {
        return new PollutantInput(kind, code, medium, amount, unit);
    }

    public Long getId() {
        return id;
    }

    public PollutantKind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public Medium getMedium() {
        return medium;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public AmountUnit getUnit() {
        return unit;
    }
}
