package kz.qaldyq.validation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a report says, reduced to what the rules read: line values by code (an absent or null value is an empty
 * line, which is not the same as zero), detail rows, header fields as strings (e.g. {@code landfillClass},
 * {@code designCapacity}), last year's approved values by line code (empty if the respondent has none), for a
 * respondent without them the region's approved totals of last year by line code ({@code regionPrior}: the sum over
 * every approved report of the same form and region; empty when nobody in the region has one, and not needed, so
 * left empty, for a respondent that has last year's values), and facts from the portal's registries by name (e.g.
 * {@code activePassport}: the waste codes with an active passport of the facility; {@code licensed}:
 * {@code rowKey|operation} of the receivers licensed for the report's waste code). The engine never reads the
 * database: whoever builds the data looks the facts up, the rules only compare.
 */
public record ReportData(Map<String, BigDecimal> values, List<DetailRow> details, Map<String, String> header,
                         Map<String, BigDecimal> prior, Map<String, BigDecimal> regionPrior, Map<String, Set<String>> facts) {

    public ReportData {
        values = copyWithoutNulls(values);
        details = details == null ? List.of() : List.copyOf(details);
        header = copyWithoutNulls(header);
        prior = copyWithoutNulls(prior);
        regionPrior = copyWithoutNulls(regionPrior);
        Map<String, Set<String>> copied = new HashMap<>();
        if (facts != null) {
            facts.forEach((name, set) -> {
                if (name != null && set != null) {
                    copied.put(name, Set.copyOf(set));
                }
            });
        }
        facts = Map.copyOf(copied);
    }

    /** A report without the region's totals (they matter only to a respondent new this year) and without registry facts. */
    public ReportData(Map<String, BigDecimal> values, List<DetailRow> details, Map<String, String> header,
                      Map<String, BigDecimal> prior) {
        this(values, details, header, prior, Map.of(), Map.of());
    }

    /** The same report with the region's approved totals of last year. */
    public ReportData withRegionPrior(Map<String, BigDecimal> totals) {
        return new ReportData(values, details, header, prior, totals, facts);
    }

    /** The same report with facts from the registries. */
    public ReportData withFacts(Map<String, Set<String>> registryFacts) {
        return new ReportData(values, details, header, prior, regionPrior, registryFacts);
    }

    /** The named fact set, empty if nobody supplied it. */
    public Set<String> fact(String name) {
        return facts.getOrDefault(name, Set.of());
    }

    /** A report with line values only. */
    public static ReportData of(Map<String, BigDecimal> values) {
        return new ReportData(values, List.of(), Map.of(), Map.of());
    }

    /** The value of a line, or null if the line is empty. */
    public BigDecimal value(String code) {
        return values.get(code);
    }

    /** Forms edited in a page arrive as maps with null for "not filled"; Map.copyOf refuses those. */
    static <V> Map<String, V> copyWithoutNulls(Map<String, V> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        boolean clean = true;
        for (Map.Entry<String, V> e : map.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                clean = false;
                break;
            }
        }
        if (clean) {
            return Map.copyOf(map);
        }
        Map<String, V> copy = new HashMap<>();
        map.forEach((k, v) -> {
            if (k != null && v != null) {
                copy.put(k, v);
            }
        });
        return Map.copyOf(copy);
    }
}
