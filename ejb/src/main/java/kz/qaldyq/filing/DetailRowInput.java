package kz.qaldyq.filing;

import java.math.BigDecimal;

/** What a respondent enters in a detail table row; tonnes may be empty while the row is being prepared. */
public record DetailRowInput(String table, String counterpartyBin, Long facilityId, String counterpartyName, String category,
                             BigDecimal tonnes) {

    /** The same counterparty without a quantity ("start from last year"). */
    public DetailRowInput withoutQuantity() {
        return new DetailRowInput(table, counterpartyBin, facilityId, counterpartyName, category, null);
    }
}
