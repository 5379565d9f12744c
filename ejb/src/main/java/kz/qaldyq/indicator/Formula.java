package kz.qaldyq.indicator;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import kz.qaldyq.platform.LocalizedText;

/** One version of an indicator's calculation: the method, its parameters ({@code key=value;…}) and a description. */
@Embeddable
public class Formula {

    @Column(nullable = false)
    private int version;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FormulaMethod method;
    @Column(nullable = false)
    private String params;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "kk", column = @Column(name = "description_kk")),
            @AttributeOverride(name = "ru", column = @Column(name = "description_ru")),
            @AttributeOverride(name = "en", column = @Column(name = "description_en"))})
    private LocalizedText description;

    protected Formula() {
    }

    public int getVersion() {
        return version;
    }

    public FormulaMethod getMethod() {
        return method;
    }

    public String getParams() {
        return params;
    }

    public Map<String, String> parameters() {
        Map<String, String> map = new LinkedHashMap<>();
        if (params != null) {
            for (String pair : params.split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    map.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
        }
        return Collections.unmodifiableMap(map);
    }

    public String parameter(String key, String otherwise) {
        return parameters().getOrDefault(key, otherwise);
    }

    public LocalizedText getDescription() {
        return description;
    }

    public String description(Locale locale) {
        return description.in(locale);
    }

    /** How the version is named next to every value. */
    public String label() {
        return "v" + version;
    }
}
