package kz.qaldyq.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import kz.qaldyq.platform.LocalizedText;

/** A hazardous property of waste (EC art. 342): HP1-HP15 and C16 (persistent organic pollutants). */
@Entity
@Table(name = "hazardous_property")
public class HazardousProperty {

    @Id
    private String code;
    @Column(name = "sort_order")
    private int sortOrder;
    @Column(name = "name_kk")
    private String nameKk;
    @Column(name = "name_ru")
    private String nameRu;
    @Column(name = "name_en")
    private String nameEn;

    protected HazardousProperty() {
    }

    public String getCode() {
        return code;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public LocalizedText getName() {
        return new LocalizedText(nameKk, nameRu, nameEn);
    }

    public String nameIn(Locale locale) {
        return getName().in(locale);
    }
}
