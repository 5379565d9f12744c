package kz.qaldyq.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/** A text kept in the portal's three languages; Kazakh is the state language, Russian official, English for partners. */
@Embeddable
public class LocalizedText implements Serializable {

    @Column(name = "name_kk")
    private String kk;
    @Column(name = "name_ru")
    private String ru;
    @Column(name = "name_en")
    private String en;

    protected LocalizedText() {
    }

    public LocalizedText(String kk, String ru, String en) {
        this.kk = kk;
        this.ru = ru;
        this.en = en;
    }

    public String getKk() {
        return kk;
    }

    public String getRu() {
        return ru;
    }

    public String getEn() {
        return en;
    }

    /** The text in the locale's language, falling back to Russian, then English, where a translation is missing. */
    public String in(Locale locale) {
        String language = locale == null ? "ru" : locale.getLanguage();
        String text = switch (language) {
            case "kk" -> kk;
            case "en" -> en;
            default -> ru;
        };
        if (text == null || text.isBlank()) {
            text = ru != null && !ru.isBlank() ? ru : en;
        }
        return text;
    }

    public boolean isComplete() {
        return notBlank(kk) && notBlank(ru) && notBlank(en);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText t && Objects.equals(kk, t.kk) && Objects.equals(ru, t.ru) && Objects.equals(en, t.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kk, ru, en);
    }

    @Override
    public String toString() {
        return ru;
    }
}
