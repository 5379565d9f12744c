package kz.qaldyq.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import kz.qaldyq.platform.LocalizedText;

/** A unit of the classifier of administrative-territorial objects (KATO): a region, district or settlement. */
@Entity
@Table(name = "kato_unit")
@NamedQuery(name = "KatoUnit.findRegions", query = "select k from KatoUnit k where k.level = kz.qaldyq.reference.KatoUnit.Level.REGION and k.active = true order by k.code")
public class KatoUnit {

    public enum Level { REGION, DISTRICT, SETTLEMENT }

    @Id
    @Column(length = 9)
    private String code;
    @Column(name = "parent_code")
    private String parentCode;
    @Enumerated(EnumType.STRING)
    private Level level;
    @Column(name = "iso_code")
    private String isoCode;
    @Embedded
    private LocalizedText name;
    private boolean active;
    @Version
    private int version;

    protected KatoUnit() {
    }

    public String getCode() {
        return code;
    }

    public String getParentCode() {
        return parentCode;
    }

    public Level getLevel() {
        return level;
    }

    public String getIsoCode() {
        return isoCode;
    }

    public LocalizedText getName() {
        return name;
    }

    public String nameIn(Locale locale) {
        return name.in(locale);
    }

    public boolean isActive() {
        return active;
    }

    /** The region (first two digits followed by zeros) this unit belongs to. */
    public String regionCode() {
        return code.substring(0, 2) + "0000000";
    }

    public void rename(LocalizedText newName) {
        this.name = newName;
    }
}
