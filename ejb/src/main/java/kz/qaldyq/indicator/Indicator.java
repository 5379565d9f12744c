package kz.qaldyq.indicator;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.LocalizedText;

/**
 * One of the Concept's target indicators: its name, unit, yearly targets, baseline rule, the ambiguities of the
 * Concept's own text (shown, not hidden), and its formula versions, one of which the ministry has made official.
 */
@Entity
@Table(name = "indicator")
@NamedQuery(name = "Indicator.all", query = "select i from Indicator i order by i.no")
public class Indicator {

    public enum Source { COMPUTED, ENTERED, TOP50 }

    @Id
    private int no;
    @Column(nullable = false)
    private String unit;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source;
    @Column(name = "base_year")
    private Integer baseYear;
    @Column(name = "official_formula", nullable = false)
    private int officialFormula;
    @Column(name = "formula_changed_by")
    private String formulaChangedBy;
    @Column(name = "formula_changed_at")
    private Instant formulaChangedAt;
    @Embedded
    private LocalizedText name;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "kk", column = @Column(name = "baseline_kk")),
            @AttributeOverride(name = "ru", column = @Column(name = "baseline_ru")),
            @AttributeOverride(name = "en", column = @Column(name = "baseline_en"))})
    private LocalizedText baselineRule;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "kk", column = @Column(name = "ambiguity_kk")),
            @AttributeOverride(name = "ru", column = @Column(name = "ambiguity_ru")),
            @AttributeOverride(name = "en", column = @Column(name = "ambiguity_en"))})
    private LocalizedText ambiguity;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_target", joinColumns = @JoinColumn(name = "indicator_no"))
    @MapKeyColumn(name = "year")
    @Column(name = "target")
    private Map<Integer, BigDecimal> targets = new TreeMap<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_formula", joinColumns = @JoinColumn(name = "indicator_no"))
    @OrderBy("version")
    private List<Formula> formulas = new ArrayList<>();
    @Version
    @Column(name = "lock_version")
    private int lockVersion;

    protected Indicator() {
    }

    public int getNo() {
        return no;
    }

    public String getUnit() {
        return unit;
    }

    public Source getSource() {
        return source;
    }

    public Optional<Integer> baseYear() {
        return Optional.ofNullable(baseYear);
    }

    public int getOfficialFormula() {
        return officialFormula;
    }

    public String getFormulaChangedBy() {
        return formulaChangedBy;
    }

    public Instant getFormulaChangedAt() {
        return formulaChangedAt;
    }

    public LocalizedText getName() {
        return name;
    }

    public LocalizedText getBaselineRule() {
        return baselineRule;
    }

    /** The Concept's own contradictions about this indicator; empty when there are none. */
    public Optional<LocalizedText> ambiguity() {
        return Optional.ofNullable(ambiguity).filter(a -> a.getRu() != null);
    }

    public Optional<BigDecimal> target(int year) {
        return Optional.ofNullable(targets.get(year));
    }

    public Map<Integer, BigDecimal> getTargets() {
        return new TreeMap<>(targets);
    }

    public List<Formula> getFormulas() {
        return List.copyOf(formulas);
    }

    public Formula formula(int version) {
        return formulas.stream().filter(f -> f.getVersion() == version).findFirst()
                .orElseThrow(() -> new BusinessException("indicator.noSuchFormula", no, version));
    }

    public Formula official() {
        return formula(officialFormula);
    }

    public int getLockVersion() {
        return lockVersion;
    }

    void makeOfficial(int version, String by, Instant at) {
        formula(version);
        officialFormula = version;
        formulaChangedBy = by;
        formulaChangedAt = at;
    }
}
