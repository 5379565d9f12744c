package kz.qaldyq.indicator;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The base-year values of an indicator's formula version, frozen by a ministry action: who, when, and the values
 * nationally and per region. Never changed afterwards; a later correction of base-year data is shown against it.
 */
@Entity
@Table(name = "indicator_baseline")
@NamedQuery(name = "Baseline.find", query = "select b from Baseline b where b.indicatorNo = :no and b.formulaVersion = :version")
public class Baseline {

    public static final String NATIONAL = "KZ";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_baseline_seq")
    @SequenceGenerator(name = "indicator_baseline_seq", sequenceName = "indicator_baseline_seq", allocationSize = 50)
    private Long id;
    @Column(name = "indicator_no", nullable = false, updatable = false)
    private int indicatorNo;
    @Column(name = "formula_version", nullable = false, updatable = false)
    private int formulaVersion;
    @Column(name = "base_year", nullable = false, updatable = false)
    private int baseYear;
    @Column(name = "frozen_at", nullable = false, updatable = false)
    private Instant frozenAt;
    @Column(name = "frozen_by", nullable = false, updatable = false)
    private String frozenBy;
    private String note;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_baseline_value", joinColumns = @JoinColumn(name = "baseline_id"))
    @MapKeyColumn(name = "region_code")
    private Map<String, BaselineValue> values = new HashMap<>();

    protected Baseline() {
    }

    Baseline(int indicatorNo, int formulaVersion, int baseYear, Map<String, Measure> byRegion, String by, Instant at, String note) {
        this.indicatorNo = indicatorNo;
        this.formulaVersion = formulaVersion;
        this.baseYear = baseYear;
        this.frozenBy = by;
        this.frozenAt = at;
        this.note = note == null || note.isBlank() ? null : note.trim();
        Measure national = Measure.NONE;
        for (Map.Entry<String, Measure> e : byRegion.entrySet()) {
            values.put(e.getKey(), new BaselineValue(e.getValue()));
            national = national.plus(e.getValue());
        }
        values.put(NATIONAL, new BaselineValue(national));
    }

    public Long getId() {
        return id;
    }

    public int getIndicatorNo() {
        return indicatorNo;
    }

    public int getFormulaVersion() {
        return formulaVersion;
    }

    public int getBaseYear() {
        return baseYear;
    }

    public Instant getFrozenAt() {
        return frozenAt;
    }

    public String getFrozenBy() {
        return frozenBy;
    }

    public String getNote() {
        return note;
    }

    /** The frozen value of a region, or of the country for {@code null}; empty when the region had no data. */
    public Optional<BaselineValue> valueOf(String regionCode) {
        return Optional.ofNullable(values.get(regionCode == null ? NATIONAL : regionCode));
    }
}
