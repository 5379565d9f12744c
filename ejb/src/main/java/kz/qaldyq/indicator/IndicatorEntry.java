package kz.qaldyq.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import kz.qaldyq.platform.BusinessException;

/**
 * A value the ministry enters for a region and year (indicator 4: learners involved in environmental events out of all
 * learners), always with the document it comes from.
 */
@Entity
@Table(name = "indicator_entry")
@NamedQuery(name = "IndicatorEntry.ofYear",
        query = "select e from IndicatorEntry e where e.indicatorNo = :no and e.year = :year order by e.regionCode")
@NamedQuery(name = "IndicatorEntry.find",
        query = "select e from IndicatorEntry e where e.indicatorNo = :no and e.year = :year and e.regionCode = :region")
public class IndicatorEntry {

    /** More learners than this in one region is a typing error, not a figure (the country has about 4 million). */
    public static final BigDecimal MAX_LEARNERS = BigDecimal.valueOf(10_000_000);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_entry_seq")
    @SequenceGenerator(name = "indicator_entry_seq", sequenceName = "indicator_entry_seq", allocationSize = 50)
    private Long id;
    @Column(name = "indicator_no", nullable = false, updatable = false)
    private int indicatorNo;
    @Column(nullable = false, updatable = false)
    private int year;
    @Column(name = "region_code", nullable = false, updatable = false)
    private String regionCode;
    @Column(nullable = false)
    private BigDecimal numerator;
    @Column(nullable = false)
    private BigDecimal denominator;
    @Column(name = "source_document", nullable = false)
    private String sourceDocument;
    @Column(name = "entered_by", nullable = false)
    private String enteredBy;
    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;
    @Version
    @Column(name = "lock_version")
    private int lockVersion;

    protected IndicatorEntry() {
    }

    IndicatorEntry(int indicatorNo, int year, String regionCode) {
        this.indicatorNo = indicatorNo;
        this.year = year;
        this.regionCode = regionCode;
    }

    void enter(BigDecimal numerator, BigDecimal denominator, String sourceDocument, String by, Instant at) {
        if (numerator == null || denominator == null) {
            throw new BusinessException("indicator.entry.required");
        }
        if (numerator.signum() < 0 || denominator.signum() <= 0) {
            throw new BusinessException("indicator.entry.positive");
        }
        if (numerator.stripTrailingZeros().scale() > 0 || denominator.stripTrailingZeros().scale() > 0) {
            throw new BusinessException("indicator.entry.whole");
        }
        if (denominator.compareTo(MAX_LEARNERS) > 0) {
            throw new BusinessException("indicator.entry.absurd", MAX_LEARNERS.toPlainString());
        }
        if (numerator.compareTo(denominator) > 0) {
            throw new BusinessException("indicator.entry.numeratorAboveDenominator");
        }
        if (sourceDocument == null || sourceDocument.isBlank()) {
            throw new BusinessException("indicator.entry.sourceRequired");
        }
        this.numerator = numerator;
        this.denominator = denominator;
        this.sourceDocument = sourceDocument.trim();
        this.enteredBy = by;
        this.enteredAt = at;
    }

    public Long getId() {
        return id;
    }

    public int getIndicatorNo() {
        return indicatorNo;
    }

    public int getYear() {
        return year;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public BigDecimal getNumerator() {
        return numerator;
    }

    public BigDecimal getDenominator() {
        return denominator;
    }

    public String getSourceDocument() {
        return sourceDocument;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public int getLockVersion() {
        return lockVersion;
    }
}
