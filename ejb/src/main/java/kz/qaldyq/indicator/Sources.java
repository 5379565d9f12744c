package kz.qaldyq.indicator;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kz.qaldyq.platform.LocalizedText;
import kz.qaldyq.platform.Page;

/** The drill-down of a value: the approved rows it was computed from, paged in the database. Scope checked by the caller. */
final class Sources {

    private final EntityManager em;

    Sources(EntityManager em) {
        this.em = em;
    }

    Page<SourceRow> of(int indicatorNo, Formula formula, int year, String regionCode, int first, int size) {
        return switch (formula.getMethod()) {
            case REPORT_LINE_REDUCTION -> reports(formula, year, regionCode, first, size);
            case ENTERED_SHARE -> entries(indicatorNo, year, regionCode, first, size);
            case TOP50_SHARE -> companies(year, regionCode, first, size);
            case INVENTORY_COVERAGE, INVENTORY_REDUCTION -> inventories(formula, year, regionCode, first, size);
        };
    }

    private Page<SourceRow> reports(Formula formula, int year, String regionCode, int first, int size) {
        List<?> rows = em.createNativeQuery(Measures.APPROVED_REPORTS + """
                , rows as (
                    select a.id, o.bin, o.name_kk, o.name_ru, o.name_en, a.region, v.value, a.decided_at, a.decided_by
                    from approved a join report_value v on v.report_id = a.id and v.line_code = ?4
                    join organisation o on o.id = a.organisation_id
                    where (?5 = 0 or a.landfill_class = ?5) and (?6 = '' or a.region = ?6)
                )
                select *, count(*) over () from rows order by value desc, id limit ?7 offset ?8
                """)
                .setParameter(1, formula.parameter("form", "waste-1")).setParameter(2, year).setParameter(3, year)
                .setParameter(4, formula.parameter("line", "201"))
                .setParameter(5, Integer.parseInt(formula.parameter("landfillClass", "0")))
                .setParameter(6, regionCode == null ? "" : regionCode).setParameter(7, size).setParameter(8, first)
                .getResultList();
        List<SourceRow> items = new ArrayList<>();
        long total = 0;
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            items.add(new SourceRow(((Number) r[0]).longValue(), (String) r[1], new LocalizedText((String) r[2], (String) r[3], (String) r[4]),
                    (String) r[5], (BigDecimal) r[6], null, Measures.instant(r[7]), (String) r[8], null));
            total = ((Number) r[9]).longValue();
        }
        return new Page<>(items, total);
    }

    private Page<SourceRow> entries(int indicatorNo, int year, String regionCode, int first, int size) {
        List<?> rows = em.createNativeQuery("""
                select region_code, numerator, denominator, entered_at, entered_by, source_document, count(*) over ()
                from indicator_entry where indicator_no = ?1 and year = ?2 and (?3 = '' or region_code = ?3)
                order by region_code limit ?4 offset ?5
                """)
                .setParameter(1, indicatorNo).setParameter(2, year).setParameter(3, regionCode == null ? "" : regionCode)
                .setParameter(4, size).setParameter(5, first)
                .getResultList();
        List<SourceRow> items = new ArrayList<>();
        long total = 0;
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            items.add(new SourceRow(null, null, null, (String) r[0], (BigDecimal) r[1], (BigDecimal) r[2],
                    Measures.instant(r[3]), (String) r[4], (String) r[5]));
            total = ((Number) r[6]).longValue();
        }
        return new Page<>(items, total);
    }

    private Page<SourceRow> companies(int year, String regionCode, int first, int size) {
        List<?> rows = em.createNativeQuery("""
                select c.bin, c.name, c.region_code,
                       case when s.published and s.waste_indicators and s.frameworks <> '' then 1 else 0 end,
                       s.recorded_at, s.recorded_by, s.url, count(*) over ()
                from top50_company c join sustainability_report s on s.company_id = c.id and s.year = ?1
                where c.listed and (?2 = '' or c.region_code = ?2)
                order by c.rank limit ?3 offset ?4
                """)
                .setParameter(1, year).setParameter(2, regionCode == null ? "" : regionCode)
                .setParameter(3, size).setParameter(4, first)
                .getResultList();
        List<SourceRow> items = new ArrayList<>();
        long total = 0;
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            String name = (String) r[1];
            items.add(new SourceRow(null, (String) r[0], new LocalizedText(name, name, name), (String) r[2], new BigDecimal(((Number) r[3]).intValue()),
                    BigDecimal.ONE, Measures.instant(r[4]), (String) r[5], (String) r[6]));
            total = ((Number) r[7]).longValue();
        }
        return new Page<>(items, total);
    }

    /** The approved inventories of the year: for coverage one row per covered facility, else per report with its net figure. */
    private Page<SourceRow> inventories(Formula formula, int year, String regionCode, int first, int size) {
        String form = formula.parameter("form", "hazardous-inventory");
        List<?> rows = em.createNativeQuery(Measures.APPROVED_INVENTORIES + """
                , rows as (
                    select a.id, o.bin, o.name_kk, o.name_ru, o.name_en, f.name as facility, a.waste_code, a.region,
                           coalesce(g.value, 0) - coalesce(rec.value, 0) - coalesce(t.tonnes, 0) as net, a.decided_at, a.decided_by
                    from approved a
                    join organisation o on o.id = a.organisation_id
                    join facility f on f.id = a.facility_id
                    left join report_value g on g.report_id = a.id and g.line_code = ?4
                    left join report_value rec on rec.report_id = a.id and rec.line_code = ?5
                    left join lateral (select sum(d.tonnes) as tonnes from report_detail_row d
                                       where d.report_id = a.id and d.table_code = 'TRANSFERRED' and d.category = ?6) t on true
                    where ?7 = '' or a.region = ?7
                )
                select *, count(*) over () from rows order by net desc, id limit ?8 offset ?9
                """)
                .setParameter(1, form).setParameter(2, year).setParameter(3, year)
                .setParameter(4, formula.parameter("generated", "110")).setParameter(5, formula.parameter("recovered", "140"))
                .setParameter(6, formula.parameter("transferredFor", "")).setParameter(7, regionCode == null ? "" : regionCode)
                .setParameter(8, size).setParameter(9, first)
                .getResultList();
        List<SourceRow> items = new ArrayList<>();
        long total = 0;
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            String suffix = " · " + r[5] + " · " + r[6];
            items.add(new SourceRow(((Number) r[0]).longValue(), (String) r[1],
                    new LocalizedText(r[2] + suffix, r[3] + suffix, r[4] + suffix), (String) r[7], (BigDecimal) r[8], null,
                    Measures.instant(r[9]), (String) r[10], null));
            total = ((Number) r[11]).longValue();
        }
        return new Page<>(items, total);
    }
}
