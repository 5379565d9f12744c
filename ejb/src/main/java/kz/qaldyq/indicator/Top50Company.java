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
import kz.qaldyq.organisation.Bin;
import kz.qaldyq.platform.BusinessException;

/**
 * A company of the TOP-50 list of indicator 5: the category I objects generating most waste as of 1 January 2025. The
 * list is frozen; every change to it carries a reason ({@link Top50Change}).
 */
@Entity
@Table(name = "top50_company")
@NamedQuery(name = "Top50Company.listed", query = "select c from Top50Company c where c.listed = true order by c.rank")
public class Top50Company {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "top50_seq")
    @SequenceGenerator(name = "top50_seq", sequenceName = "top50_seq", allocationSize = 50)
    private Long id;
    @Column(nullable = false)
    private int rank;
    @Column(nullable = false, unique = true, updatable = false)
    private String bin;
    @Column(nullable = false)
    private String name;
    @Column(name = "region_code", nullable = false)
    private String regionCode;
    private boolean listed = true;
    @Version
    @Column(name = "lock_version")
    private int lockVersion;

    protected Top50Company() {
    }

    Top50Company(int rank, String bin, String name, String regionCode) {
        this.bin = Bin.of(bin).value();
        describe(rank, name, regionCode);
    }

    final void describe(int rank, String name, String regionCode) {
        if (rank < 1 || rank > 50) {
            throw new BusinessException("indicator.top50.rank");
        }
        if (name == null || name.isBlank()) {
            throw new BusinessException("indicator.top50.nameRequired");
        }
        if (regionCode == null || regionCode.isBlank()) {
            throw new BusinessException("indicator.top50.regionRequired");
        }
        this.rank = rank;
        this.name = name.trim();
        this.regionCode = regionCode;
    }

    void remove() {
        listed = false;
    }

    public Long getId() {
        return id;
    }

    public int getRank() {
        return rank;
    }

    public String getBin() {
        return bin;
    }

    public String getName() {
        return name;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public boolean isListed() {
        return listed;
    }

    public int getLockVersion() {
        return lockVersion;
    }
}
