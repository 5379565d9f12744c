package kz.qaldyq.indicator;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what a formula version needs from approved data, for a range of years, per region, in one query per formula.
 * "Approved" means the last approved version of each report: a report under correction still counts with the figures
 * the reviewer approved until the correction itself is approved (only an approved report can be superseded).
 * Not an EJB on purpose: it checks no data scope, so only {@link IndicatorService} (which does) may use it.
 */
final class Measures {

    private final EntityManager em;

    Measures(EntityManager em) {
        this.em = em;
    }

    /** year → region code → measure; regions without data are absent. */
    Map<Integer, Map<String, Measure>> read(int indicatorNo, Formula formula, int fromYear, int toYear) {
        return switch (formula.getMethod()) {
            case REPORT_LINE_REDUCTION -> reportLine(formula, fromYear, toYear);
            case ENTERED_SHARE -> entered(indicatorNo, fromYear, toYear);
            case TOP50_SHARE -> top50(fromYear, toYear);
            case INVENTORY_COVERAGE, INVENTORY_REDUCTION -> inventories(formula, fromYear, toYear);
        };
    }

    private Map<Integer, Map<String, Measure>> reportLine(Formula formula, int fromYear, int toYear) {
        String form = formula.parameter("form", "waste-1");
        String line = formula.parameter("line", "201");
        int landfillClass = Integer.parseInt(formula.parameter("landfillClass", "0"));
        List<?> rows = em.createNativeQuery(APPROVED_REPORTS + """
                select a.reporting_year, a.region, sum(v.value), 0, count(*), max(a.decided_at)
                from approved a join report_value v on v.report_id = a.id and v.line_code = ?4
                where ?5 = 0 or a.landfill_class = ?5
                group by a.reporting_year, a.region
                """)
                .setParameter(1, form).setParameter(2, fromYear).setParameter(3, toYear).setParameter(4, line)
                .setParameter(5, landfillClass)
                .getResultList();
        return collect(rows);
    }

    private Map<Integer, Map<String, Measure>> entered(int indicatorNo, int fromYear, int toYear) {
        List<?> rows = em.createNativeQuery("""
                select year, region_code, sum(numerator), sum(denominator), count(*), max(entered_at)
                from indicator_entry where indicator_no = ?1 and year between ?2 and ?3
                group by year, region_code
                """)
                .setParameter(1, indicatorNo).setParameter(2, fromYear).setParameter(3, toYear)
                .getResultList();
        return collect(rows);
    }

    /**
     * Every listed company is in the denominator; a year has data for a region (and the country) once at least one
     * answer is recorded for it.
     */
    private Map<Integer, Map<String, Measure>> top50(int fromYear, int toYear) {
        List<?> rows = em.createNativeQuery("""
                select y.year, c.region_code,
                       count(*) filter (where s.published and s.waste_indicators and s.frameworks <> ''),
                       count(*), count(s.company_id), max(s.recorded_at)
                from generate_series(?1, ?2) as y(year)
                cross join top50_company c
                left join sustainability_report s on s.company_id = c.id and s.year = y.year
                where c.listed
                group by y.year, c.region_code
                """)
                .setParameter(1, fromYear).setParameter(2, toYear)
                .getResultList();
        return collect(rows);
    }

    /**
     * The last approved version of each statistical report of a form (one per respondent, year and region or
     * facility) in the years, with its region and, for a facility's report, the landfill class.
     */
    static final String APPROVED_REPORTS = """
            with approved as (
                select distinct on (r.organisation_id, r.reporting_year, coalesce(r.region_code, ''), coalesce(r.facility_id, 0))
                       r.id, r.organisation_id, r.reporting_year, r.decided_at, r.decided_by,
                       coalesce(r.region_code, substr(f.kato_code, 1, 2) || '0000000') as region, f.landfill_class
                from report r left join facility f on f.id = r.facility_id
                where r.form_code = ?1 and r.reporting_year between ?2 and ?3 and r.status in ('APPROVED', 'SUPERSEDED')
                order by r.organisation_id, r.reporting_year, coalesce(r.region_code, ''), coalesce(r.facility_id, 0), r.correction_no desc
            )
            """;

    /**
     * The last approved version of each inventory report (one per facility, year and waste code) of the years, with the
     * region of its facility. Shared by both inventory methods.
     */
    static final String APPROVED_INVENTORIES = """
            with approved as (
                select distinct on (r.organisation_id, r.reporting_year, r.facility_id, r.waste_code)
                       r.id, r.organisation_id, r.facility_id, r.waste_code, r.reporting_year, r.decided_at, r.decided_by,
                       substr(f.kato_code, 1, 2) || '0000000' as region
                from report r join facility f on f.id = r.facility_id
                where r.form_code = ?1 and r.reporting_year between ?2 and ?3 and r.status in ('APPROVED', 'SUPERSEDED')
                order by r.organisation_id, r.reporting_year, r.facility_id, r.waste_code, r.correction_no desc
            )
            """;

    private Map<Integer, Map<String, Measure>> inventories(Formula formula, int fromYear, int toYear) {
        String form = formula.parameter("form", "hazardous-inventory");
        if (formula.getMethod() == FormulaMethod.INVENTORY_COVERAGE) {
            // every active facility of a registered generator is expected; those with an approved inventory are covered
            List<?> rows = em.createNativeQuery(APPROVED_INVENTORIES + """
                    , expected as (
                        select distinct f.id, substr(f.kato_code, 1, 2) || '0000000' as region
                        from hazardous_generator g
                        join hazardous_generator_facility gf on gf.generator_id = g.id
                        join facility f on f.id = gf.facility_id
                        where g.status = 'REGISTERED' and f.active
                    ), covered as (
                        select facility_id, reporting_year, max(decided_at) as decided_at from approved group by facility_id, reporting_year
                    )
                    select y.year, e.region, count(c.facility_id), count(*), count(*), max(c.decided_at)
                    from generate_series(?2, ?3) as y(year)
                    cross join expected e
                    left join covered c on c.facility_id = e.id and c.reporting_year = y.year
                    group by y.year, e.region
                    """)
                    .setParameter(1, form).setParameter(2, fromYear).setParameter(3, toYear)
                    .getResultList();
            return collect(rows);
        }
        String transfers = formula.parameter("transferredFor", "");
        List<?> rows = em.createNativeQuery(APPROVED_INVENTORIES + """
                select a.reporting_year, a.region,
                       sum(coalesce(g.value, 0) - coalesce(rec.value, 0) - coalesce(t.tonnes, 0)), 0, count(*), max(a.decided_at)
                from approved a
                left join report_value g on g.report_id = a.id and g.line_code = ?4
                left join report_value rec on rec.report_id = a.id and rec.line_code = ?5
                left join lateral (select sum(d.tonnes) as tonnes from report_detail_row d
                                   where d.report_id = a.id and d.table_code = 'TRANSFERRED' and d.category = ?6) t on true
                group by a.reporting_year, a.region
                """)
                .setParameter(1, form).setParameter(2, fromYear).setParameter(3, toYear)
                .setParameter(4, formula.parameter("generated", "110")).setParameter(5, formula.parameter("recovered", "140"))
                .setParameter(6, transfers)
                .getResultList();
        return collect(rows);
    }

    /** Rows of (year, region, numerator, denominator, sources, last change) into the map. */
    private static Map<Integer, Map<String, Measure>> collect(List<?> rows) {
        Map<Integer, Map<String, Measure>> result = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            int year = ((Number) r[0]).intValue();
            Measure measure = new Measure(decimal(r[2]), decimal(r[3]), ((Number) r[4]).intValue(), instant(r[5]));
            result.computeIfAbsent(year, y -> new HashMap<>()).merge((String) r[1], measure, Measure::plus);
        }
        return result;
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("unexpected time type " + value.getClass());
    }
}
