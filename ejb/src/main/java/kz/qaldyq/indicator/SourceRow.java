package kz.qaldyq.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import kz.qaldyq.platform.LocalizedText;

/**
 * One approved source behind an indicator value: a report (with its id, to open it), an entry of the ministry or a
 * company's sustainability report.
 */
public record SourceRow(Long reportId, String bin, LocalizedText name, String regionCode, BigDecimal value, BigDecimal of,
                        Instant at, String by, String document) {
}
