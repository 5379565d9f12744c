package kz.qaldyq.web.review;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import kz.qaldyq.organisation.DataScope;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.reconciliation.Completeness;
import kz.qaldyq.reconciliation.DeliveryFlag;
import kz.qaldyq.reconciliation.PerCapitaYear;
import kz.qaldyq.reconciliation.ReconciliationService;
import kz.qaldyq.reconciliation.RegionTotals;
import kz.qaldyq.reference.KatoUnit;
import kz.qaldyq.reference.ReferenceService;
import kz.qaldyq.web.Messages;

/**
 * review/crosscheck.xhtml: does the region's reporting hold together — completeness of both forms, deliveries against
 * receipts, deliveries to landfills against burial, waste per person over the years. Akimat: its region; ministry: any.
 */
@Named
@ViewScoped
public class CrosscheckBacking implements Serializable {

    @Inject
    private ReconciliationService reconciliation;
    @Inject
    private ReferenceService reference;
    @Inject
    private DataScope scope;

    private String regionCode;
    private int year;
    private List<KatoUnit> regions;
    private Completeness waste1;
    private Completeness waste2;
    private List<DeliveryFlag> deliveries = List.of();
    private RegionTotals totals;
    private List<PerCapitaYear> perCapita = List.of();

    @PostConstruct
    void init() {
        regions = reference.regions();
        year = LocalDate.now(ZoneId.of("Asia/Almaty")).getYear() - 1;
        regionCode = scope.callerRegion().orElse(scope.isNational() ? regions.get(0).getCode() : null);
        load();
    }

    public void load() {
        if (regionCode == null) {
            return;
        }
        try {
            waste1 = reconciliation.completeness(regionCode, "waste-1", year);
            waste2 = reconciliation.completeness(regionCode, "waste-2", year);
            deliveries = reconciliation.deliveries(regionCode, year);
            totals = reconciliation.totals(regionCode, year);
            perCapita = reconciliation.perCapita(regionCode);
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
    }

    public boolean isNational() {
        return scope.isNational();
    }

    public long getFlaggedCount() {
        return deliveries.stream().filter(DeliveryFlag::flagged).count();
    }

    /** Height in pixels of a bar of the per-person chart (tallest year = 80 px). */
    public int barHeight(PerCapitaYear y) {
        BigDecimal max = perCapita.stream().map(PerCapitaYear::kilogramsPerPerson).filter(java.util.Objects::nonNull)
                .max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        return y.kilogramsPerPerson() == null || max.signum() == 0 ? 0
                : y.kilogramsPerPerson().multiply(BigDecimal.valueOf(80)).divide(max, java.math.MathContext.DECIMAL32).intValue();
    }

    public List<Integer> getYears() {
        int now = LocalDate.now(ZoneId.of("Asia/Almaty")).getYear();
        return java.util.stream.IntStream.rangeClosed(now - 6, now).boxed().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    public String regionName(String code) {
        return reference.findKato(code).map(k -> k.nameIn(Messages.currentLocale())).orElse(code);
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<KatoUnit> getRegions() {
        return regions;
    }

    public Completeness getWaste1() {
        return waste1;
    }

    public Completeness getWaste2() {
        return waste2;
    }

    public List<DeliveryFlag> getDeliveries() {
        return deliveries;
    }

    public RegionTotals getTotals() {
        return totals;
    }

    public List<PerCapitaYear> getPerCapita() {
        return perCapita;
    }
}
