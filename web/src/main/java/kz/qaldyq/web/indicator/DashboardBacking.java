package kz.qaldyq.web.indicator;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import kz.qaldyq.indicator.Dashboard;
import kz.qaldyq.indicator.IndicatorCard;
import kz.qaldyq.indicator.IndicatorService;
import kz.qaldyq.indicator.IndicatorValue;
import kz.qaldyq.indicator.RegionCentre;
import kz.qaldyq.organisation.DataScope;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.reference.KatoUnit;
import kz.qaldyq.reference.ReferenceService;
import kz.qaldyq.reports.IndicatorReport;
import kz.qaldyq.web.CurrentUserBacking;
import kz.qaldyq.web.Documents;
import kz.qaldyq.web.InstantConverter;
import kz.qaldyq.web.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * indicator/dashboard.xhtml: the Concept's indicators for a year against their targets, nationally (ministry) or for
 * the akimat's region, with the series 2025-2030, the regions of one indicator as a table and a map, the ministry's
 * decisions (freeze the baseline, choose the official formula version) and the report as PDF and XLSX.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");

    @Inject
    private IndicatorService indicators;
    @Inject
    private ReferenceService reference;
    @Inject
    private DataScope scope;
    @Inject
    private Documents documents;
    @Inject
    private CurrentUserBacking currentUser;

    private int year;
    /** Empty for the whole country (ministry only). */
    private String regionCode = "";
    private final Map<Integer, Integer> versions = new HashMap<>();
    private int selected = 2;
    private Dashboard dashboard;
    private List<IndicatorValue> regionValues = List.of();
    private final Map<Integer, Chart> charts = new HashMap<>();
    private final Map<Integer, String> notes = new HashMap<>();
    private List<KatoUnit> regions;
    private List<RegionCentre> centres;

    @PostConstruct
    void init() {
        regions = reference.regions();
        centres = indicators.regionCentres();
        int now = LocalDate.now(KAZAKHSTAN).getYear();
        year = Math.max(IndicatorService.FIRST_YEAR + 1, Math.min(IndicatorService.LAST_YEAR, now));
        if (!scope.isNational()) {
            regionCode = scope.callerRegion().orElse("");
        }
        load();
    }

    public void load() {
        try {
            Map<Integer, Integer> shown = new HashMap<>();
            versions.forEach((no, v) -> {
                if (v != null) {
                    shown.put(no, v);
                }
            });
            dashboard = indicators.dashboard(year, region(), shown);
            charts.clear();
            dashboard.cards().forEach(c -> charts.put(c.indicator().getNo(), Chart.of(c.series())));
            regionValues = indicators.regions(selected, year, shown.get(selected));
        } catch (BusinessException e) {
            dashboard = null;
            regionValues = List.of();
            Messages.error(null, e);
        }
    }

    /** Freezes the 2025 baseline of the indicator's shown formula version. */
    public void freeze(int no) {
        try {
            IndicatorCard card = card(no);
            indicators.freezeBaseline(no, card.formula().getVersion(), notes.get(no));
            Messages.done("indicator.baseline.frozen", card.formula().label());
            notes.remove(no);
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
        load();
    }

    /** Makes the shown formula version the official one, with the reason typed in the card. */
    public void makeOfficial(int no) {
        try {
            IndicatorCard card = card(no);
            indicators.makeOfficial(no, card.formula().getVersion(), card.indicator().getLockVersion(), notes.get(no));
            Messages.done("indicator.formula.madeOfficial", card.formula().label());
            versions.remove(no);
            notes.remove(no);
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
        load();
    }

    private IndicatorCard card(int no) {
        return dashboard.cards().stream().filter(c -> c.indicator().getNo() == no).findFirst()
                .orElseThrow(() -> new BusinessException("notFound", "indicator", no));
    }

    private String region() {
        return regionCode == null || regionCode.isEmpty() ? null : regionCode;
    }

    public boolean isNational() {
        return scope.isNational();
    }

    public boolean isMinistry() {
        return scope.is(kz.qaldyq.platform.Roles.MINISTRY);
    }

    public List<Integer> getYears() {
        return IntStream.rangeClosed(IndicatorService.FIRST_YEAR, IndicatorService.LAST_YEAR).boxed().toList();
    }

    public Chart chart(int no) {
        return charts.get(no);
    }

    public String regionName(String code) {
        return code == null || code.isEmpty() ? Messages.text("indicator.national")
                : reference.findKato(code).map(k -> k.nameIn(Messages.currentLocale())).orElse(code);
    }

    public String formatTime(Instant at) {
        return at == null ? "" : InstantConverter.format(at);
    }

    /** A tonnage as the user's language writes it. */
    public String tonnes(BigDecimal t) {
        if (t == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Messages.currentLocale());
        format.setMaximumFractionDigits(3);
        return format.format(t);
    }

    public String percent(BigDecimal p) {
        if (p == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Messages.currentLocale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(p) + " %";
    }

    /** The regions of the selected indicator for the map: centre, value, status, as JSON for the page script. */
    public String getMapJson() {
        Map<String, IndicatorValue> byRegion = new HashMap<>();
        regionValues.forEach(v -> byRegion.put(v.regionCode(), v));
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (RegionCentre c : centres) {
            IndicatorValue v = byRegion.get(c.regionCode());
            if (v == null) {
                continue;
            }
            array.add(Json.createObjectBuilder().add("region", c.regionCode()).add("lat", c.latitude()).add("lon", c.longitude())
                    .add("name", regionName(c.regionCode())).add("value", percent(v.value()))
                    .add("status", v.status().name()).add("statusText", Messages.text("IndicatorStatus." + v.status().name())));
        }
        return array.build().toString();
    }

    public StreamedContent getPdf() {
        return DefaultStreamedContent.builder().name("indicators-" + year + ".pdf").contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(documents.reports().pdf(report()))).build();
    }

    public StreamedContent getXlsx() {
        return DefaultStreamedContent.builder().name("indicators-" + year + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(documents.reports().xlsx(report()))).build();
    }

    /** The indicator report of the year for the shown scope: every indicator, then every region (national view). */
    IndicatorReport report() {
        Locale locale = Messages.currentLocale();
        List<IndicatorReport.Row> rows = new ArrayList<>();
        for (IndicatorCard card : dashboard.cards()) {
            rows.add(row(locale, card, card.current(), regionName(regionCode)));
            if (region() == null) {
                for (IndicatorValue v : indicators.regions(card.indicator().getNo(), year, card.formula().getVersion())) {
                    rows.add(row(locale, card, v, regionName(v.regionCode())));
                }
            }
        }
        IndicatorReport.Labels labels = new IndicatorReport.Labels(Messages.text(locale, "indicator.no"),
                Messages.text(locale, "indicator.name"), Messages.text(locale, "indicator.region"),
                Messages.text(locale, "indicator.value"), Messages.text(locale, "indicator.target"),
                Messages.text(locale, "indicator.status"), Messages.text(locale, "indicator.formula"),
                Messages.text(locale, "indicator.sources"), Messages.text(locale, "extract.generatedAt"),
                Messages.text(locale, "extract.generatedBy"), Messages.text(locale, "receipt.pageOf"));
        String freshness = dashboard.freshness() == null ? "" : Messages.text(locale, "indicator.freshness", formatTime(dashboard.freshness()));
        return new IndicatorReport(locale.getLanguage(), labels, Messages.text(locale, "indicator.report.title", year),
                regionName(regionCode) + (freshness.isEmpty() ? "" : " · " + freshness),
                InstantConverter.format(Instant.now()), currentUser.getDisplayName(), rows);
    }

    private IndicatorReport.Row row(Locale locale, IndicatorCard card, IndicatorValue v, String regionName) {
        return new IndicatorReport.Row(String.valueOf(card.indicator().getNo()), card.indicator().getName().in(locale), regionName,
                percent(v.value()), v.target() == null ? "—" : percent(v.target()),
                Messages.text(locale, "IndicatorStatus." + v.status().name()), card.formula().label(), String.valueOf(v.sources()));
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    public List<IndicatorValue> getRegionValues() {
        return regionValues;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        // the whole country is the empty choice, which Faces may submit as null
        this.regionCode = regionCode == null ? "" : regionCode;
    }

    public Map<Integer, Integer> getVersions() {
        return versions;
    }

    public Map<Integer, String> getNotes() {
        return notes;
    }

    public int getSelected() {
        return selected;
    }

    public void setSelected(int selected) {
        this.selected = selected;
    }

    public List<KatoUnit> getRegions() {
        return regions;
    }
}
