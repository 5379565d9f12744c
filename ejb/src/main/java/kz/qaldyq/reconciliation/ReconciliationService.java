package kz.qaldyq.reconciliation;

import static kz.qaldyq.platform.Roles.ADMIN;
import static kz.qaldyq.platform.Roles.AKIMAT;
import static kz.qaldyq.platform.Roles.MINISTRY;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import kz.qaldyq.filing.FilingService;
import kz.qaldyq.filing.Report;
import kz.qaldyq.organisation.DataScope;

/**
 * Cross-checks of a region's reports, for the akimat of the region and the ministry. Computed on read from live
 * reports (submitted, under review, returned or approved; drafts and superseded versions never count).
 */
@Stateless
public class ReconciliationService {

    /** DOMAIN §3: deliveries and receipts differing by more than 10 % are flagged to the reviewers of both regions. */
    public static final BigDecimal DELIVERY_TOLERANCE_PERCENT = BigDecimal.TEN;

    private static final String FILED = "('SUBMITTED','UNDER_REVIEW','RETURNED','APPROVED')";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @PersistenceContext
    private EntityManager em;
    @Inject
    private DataScope scope;
    @Inject
    private FilingService filing;

    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    @SuppressWarnings("unchecked")
    public Completeness completeness(String regionCode, String formCode, int year) {
        scope.requireRegion(regionCode);
        String activity = "waste-1".equals(formCode) ? "COLLECTOR" : "FACILITY_OPERATOR";
        List<Object[]> rows = em.createNativeQuery("""
                with expected as (
                    select o.id from organisation o
                    where o.kato_code like ?1 and exists (select 1 from organisation_activity a where a.organisation_id = o.id and a.activity = ?2)
                    union
                    select r.organisation_id from report r
                    where r.region_code = ?3 and r.form_code = ?4 and r.reporting_year = ?5 - 1 and r.status in %s
                )
                select o.id, o.bin, o.name_kk, o.name_ru, o.name_en,
                       exists (select 1 from report r where r.organisation_id = o.id and r.form_code = ?4 and r.reporting_year = ?5
                               and r.region_code = ?3 and r.status in %s) as submitted,
                       (select max(r.reporting_year) from report r where r.organisation_id = o.id and r.form_code = ?4
                               and r.region_code = ?3 and r.reporting_year < ?5 and r.status in %s) as last_filed
                from organisation o join expected e on e.id = o.id
                order by o.name_ru
                """.formatted(FILED, FILED, FILED))
                .setParameter(1, regionCode.substring(0, 2) + "%").setParameter(2, activity).setParameter(3, regionCode)
                .setParameter(4, formCode).setParameter(5, year)
                .getResultList();
        List<MissingRespondent> missing = new ArrayList<>();
        int submitted = 0;
        for (Object[] r : rows) {
            if ((Boolean) r[5]) {
                submitted++;
                continue;
            }
            Integer last = r[6] == null ? null : ((Number) r[6]).intValue();
            MissingRespondent.Reason reason = last == null ? MissingRespondent.Reason.NEVER_FILED
                    : last == year - 1 ? MissingRespondent.Reason.FILED_LAST_YEAR : MissingRespondent.Reason.FILED_EARLIER;
            missing.add(new MissingRespondent(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4], last, reason));
        }
        return new Completeness(regionCode, formCode, year, rows.size(), submitted, missing);
    }

    /** Every collector-facility pair of the year that touches the region on either side. */
    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public List<DeliveryFlag> deliveries(String regionCode, int year) {
        scope.requireRegion(regionCode);
        return pairs(year, "(x.collector_region = ?2 or x.facility_region = ?2)", regionCode);
    }

    /** The pairs a report takes part in: as the collector (waste-1) or as the receiving facility (waste-2). */
    @RolesAllowed({AKIMAT, MINISTRY, ADMIN, kz.qaldyq.platform.Roles.ENTERPRISE})
    public List<DeliveryFlag> flagsOf(long reportId) {
        Report report = filing.get(reportId);
        if ("waste-1".equals(report.getFormCode())) {
            return pairs(report.getReportingYear(), "x.collector_bin = ?2", report.getOrganisation().getBinValue());
        }
        if (report.getFacility() == null) {
            return List.of();
        }
        return pairs(report.getReportingYear(), "x.facility_id = ?2", report.getFacility().getId());
    }

    @SuppressWarnings("unchecked")
    private List<DeliveryFlag> pairs(int year, String filter, Object value) {
        List<Object[]> rows = em.createNativeQuery("""
                with w1 as (
                    select o.bin as collector_bin, o.name_ru as collector_name, r.region_code as collector_region, r.id as report_id,
                           d.facility_id, sum(coalesce(d.tonnes, 0)) as tonnes
                    from report r
                    join organisation o on o.id = r.organisation_id
                    join report_detail_row d on d.report_id = r.id and d.table_code = 'deliveries' and d.facility_id is not null
                    where r.form_code = 'waste-1' and r.reporting_year = ?1 and r.status in %s
                    group by o.bin, o.name_ru, r.region_code, r.id, d.facility_id),
                w2 as (
                    select r.facility_id, r.region_code as facility_region, r.id as report_id, d.counterparty_bin as collector_bin,
                           sum(coalesce(d.tonnes, 0)) as tonnes
                    from report r
                    join report_detail_row d on d.report_id = r.id and d.table_code = 'suppliers' and d.counterparty_bin is not null
                    where r.form_code = 'waste-2' and r.reporting_year = ?1 and r.status in %s
                    group by r.facility_id, r.region_code, r.id, d.counterparty_bin),
                x as (
                    select coalesce(w1.collector_bin, w2.collector_bin) as collector_bin, w1.collector_name,
                           substr(coalesce(w1.collector_region, co.kato_code), 1, 2) || '0000000' as collector_region, w1.report_id as collector_report,
                           coalesce(w1.facility_id, w2.facility_id) as facility_id, f.name as facility_name,
                           coalesce(w2.facility_region, substr(f.kato_code, 1, 2) || '0000000') as facility_region,
                           w2.report_id as facility_report, w1.tonnes as collector_tonnes, w2.tonnes as facility_tonnes
                    from w1 full outer join w2 on w1.facility_id = w2.facility_id and w1.collector_bin = w2.collector_bin
                    join facility f on f.id = coalesce(w1.facility_id, w2.facility_id)
                    left join organisation co on co.bin = coalesce(w1.collector_bin, w2.collector_bin))
                select x.collector_bin, coalesce(x.collector_name, co.name_ru), x.collector_region,
                       x.collector_report, x.facility_id, x.facility_name, x.facility_region, x.facility_report,
                       x.collector_tonnes, x.facility_tonnes
                from x left join organisation co on co.bin = x.collector_bin
                where %s
                order by x.collector_bin, x.facility_id
                """.formatted(FILED, FILED, filter))
                .setParameter(1, year).setParameter(2, value).getResultList();
        List<DeliveryFlag> flags = new ArrayList<>();
        for (Object[] r : rows) {
            BigDecimal c = (BigDecimal) r[8];
            BigDecimal f = (BigDecimal) r[9];
            DeliveryFlag.Kind kind;
            BigDecimal percent = null;
            if (c == null) {
                kind = DeliveryFlag.Kind.ONLY_FACILITY;
            } else if (f == null) {
                kind = DeliveryFlag.Kind.ONLY_COLLECTOR;
            } else {
                BigDecimal larger = c.max(f);
                percent = larger.signum() == 0 ? BigDecimal.ZERO
                        : c.subtract(f).abs().multiply(HUNDRED).divide(larger, MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP);
                kind = percent.compareTo(DELIVERY_TOLERANCE_PERCENT) > 0 ? DeliveryFlag.Kind.MISMATCH : DeliveryFlag.Kind.MATCH;
            }
            flags.add(new DeliveryFlag((String) r[0], (String) r[1], (String) r[2], r[3] == null ? null : ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue(), (String) r[5], (String) r[6], r[7] == null ? null : ((Number) r[7]).longValue(),
                    c, f, kind, percent));
        }
        return flags;
    }

    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public RegionTotals totals(String regionCode, int year) {
        scope.requireRegion(regionCode);
        Object[] row = (Object[]) em.createNativeQuery("""
                select (select coalesce(sum(v.value), 0) from report r join report_value v on v.report_id = r.id and v.line_code = '201'
                        where r.form_code = 'waste-1' and r.region_code = ?1 and r.reporting_year = ?2 and r.status in %s),
                       (select coalesce(sum(v.value), 0) from report r join report_value v on v.report_id = r.id and v.line_code = '620'
                        join facility f on f.id = r.facility_id and f.landfill_class = 3
                        where r.form_code = 'waste-2' and r.region_code = ?1 and r.reporting_year = ?2 and r.status in %s)
                """.formatted(FILED, FILED)).setParameter(1, regionCode).setParameter(2, year).getSingleResult();
        BigDecimal delivered = (BigDecimal) row[0];
        BigDecimal buried = (BigDecimal) row[1];
        BigDecimal larger = delivered.max(buried);
        BigDecimal percent = larger.signum() == 0 ? BigDecimal.ZERO
                : delivered.subtract(buried).abs().multiply(HUNDRED).divide(larger, MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP);
        return new RegionTotals(regionCode, year, delivered, buried, percent);
    }

    /** Approved waste-1 figures of the region by year: collected, population served, kilograms per person. */
    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    @SuppressWarnings("unchecked")
    public List<PerCapitaYear> perCapita(String regionCode) {
        scope.requireRegion(regionCode);
        List<Object[]> rows = em.createNativeQuery("""
                select r.reporting_year,
                       sum(case when v.line_code = '100' then v.value else 0 end),
                       sum(case when v.line_code = '300' then v.value else 0 end)
                from report r join report_value v on v.report_id = r.id and v.line_code in ('100', '300')
                where r.form_code = 'waste-1' and r.region_code = ?1 and r.status = 'APPROVED'
                group by r.reporting_year order by r.reporting_year
                """).setParameter(1, regionCode).getResultList();
        List<PerCapitaYear> years = new ArrayList<>();
        BigDecimal previousCollected = null;
        BigDecimal previousPopulation = null;
        for (Object[] r : rows) {
            BigDecimal collected = (BigDecimal) r[1];
            BigDecimal population = (BigDecimal) r[2];
            BigDecimal perPerson = population.signum() == 0 ? null
                    : collected.multiply(BigDecimal.valueOf(1000)).divide(population, MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP);
            boolean suspicious = previousCollected != null && collected.compareTo(previousCollected) < 0
                    && population.compareTo(previousPopulation) > 0;
            years.add(new PerCapitaYear(((Number) r[0]).intValue(), collected, population, perPerson, suspicious));
            previousCollected = collected;
            previousPopulation = population;
        }
        return years;
    }
}
