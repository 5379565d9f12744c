package kz.qaldyq.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import kz.qaldyq.platform.LocalizedText;

/** An entry of the waste classifier (EC art. 338), six digits in the European List of Waste layout ({@code 20 03 01}). */
@Entity
@Table(name = "waste_code")
public class WasteCode {

    @Id
    private String code;
    private boolean hazardous;
    @Column(name = "entry_type")
    private String entryType;
    @Column(name = "subchapter_code")
    private String subchapterCode;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "name_ru")
    private String nameRu;
    @Column(name = "name_kk")
    private String nameKk;

    protected WasteCode() {
    }

    public String getCode() {
        return code;
    }

    /** The code as shown to users: hazardous entries are marked with {@code *} as in the EU list. */
    public String getDisplayCode() {
        return hazardous ? code + "*" : code;
    }

    public boolean isHazardous() {
        return hazardous;
    }

    public boolean isMirror() {
        return "mirror".equals(entryType);
    }

    public String getSubchapterCode() {
        return subchapterCode;
    }

    public String nameIn(Locale locale) {
        return new LocalizedText(nameKk, nameRu, nameEn).in(locale);
    }
}
