package kz.qaldyq.indicator.plan;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import kz.qaldyq.platform.LocalizedText;

/** A direction of the Action Plan (the key direction and directions 1-3) with the target indicators it serves. */
@Entity
@Table(name = "plan_direction")
public class PlanDirection {

    @Id
    private String code;
    @Column(name = "sort_order")
    private int sortOrder;
    @Embedded
    private LocalizedText name;
    private String indicators;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "kk", column = @Column(name = "indicator_kk")),
            @AttributeOverride(name = "ru", column = @Column(name = "indicator_ru")),
            @AttributeOverride(name = "en", column = @Column(name = "indicator_en"))})
    private LocalizedText indicatorText;

    protected PlanDirection() {
    }

    public String getCode() {
        return code;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public LocalizedText getName() {
        return name;
    }

    /** The numbers of the target indicators (DOMAIN §6) this direction serves; empty for the key direction. */
    public List<Integer> getIndicators() {
        return indicators == null ? List.of() : Arrays.stream(indicators.split(",")).map(Integer::valueOf).toList();
    }

    /** The indicators with their yearly targets as the annex states them; null for the key direction. */
    public LocalizedText getIndicatorText() {
        return indicatorText;
    }
}
