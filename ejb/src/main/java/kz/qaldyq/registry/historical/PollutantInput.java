package kz.qaldyq.registry.historical;

import java.math.BigDecimal;
import kz.qaldyq.platform.BusinessException;

/** A pollutant or waste row as typed: substance name or waste code, medium, amount and its unit. */
public record PollutantInput(PollutantKind kind, String code, Medium medium, BigDecimal amount, AmountUnit unit) {

    void check(int row) {
        if (kind == null || code == null || code.isBlank() || medium == null || amount == null || unit == null) {
            throw new BusinessException("historical.pollutantIncomplete", row);
        }
        if (amount.signum() <= 0) {
            throw new BusinessException("historical.pollutantAmount", row, amount.toPlainString());
        }
        if (kind == PollutantKind.WASTE && !code.replace(" ", "").matches("[0-9]{6}\\*?")) {
            throw new BusinessException("historical.wasteCode", row, code);
        }
    }
}
