package kz.qaldyq.web.registry.historical;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import kz.qaldyq.platform.Page;
import kz.qaldyq.reference.KatoUnit;
import kz.qaldyq.reference.ReferenceService;
import kz.qaldyq.reference.WorkingDays;
import kz.qaldyq.registry.historical.AmountUnit;
import kz.qaldyq.registry.historical.HistoricalObject;
import kz.qaldyq.registry.historical.HistoricalRegisterService;
import kz.qaldyq.registry.historical.HistoricalStatus;
import kz.qaldyq.reports.HistoricalRegisterExtract;
import kz.qaldyq.web.CurrentUserBacking;
import kz.qaldyq.web.Documents;
import kz.qaldyq.web.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * historical/objects.xhtml: the akimat's objects of its region, the ministry's of the whole country, decisions awaited
 * first with the working days left (EC art. 143(5)); the register extract as PDF and XLSX.
 */
@Named
@ViewScoped
public class HistoricalObjectsBacking implements Serializable {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int EXTRACT_LIMIT = HistoricalRegisterService.MAX_PAGE * 25;

    @Inject
    private HistoricalRegisterService register;
    @Inject
    private ReferenceService reference;
    @Inject
    private Documents documents;
    @Inject
    private CurrentUserBacking currentUser;

    private HistoricalStatus status;
    private HistoricalObjectLazyModel model;
    private Map<String, KatoUnit> regions;

    @PostConstruct
    void init() {
        model = new HistoricalObjectLazyModel(register);
        regions = reference.regions().stream().collect(Collectors.toMap(KatoUnit::getCode, k -> k));
    }

    public void search() {
        model.setStatus(status);
    }

    public String regionName(String code) {
        KatoUnit region = regions.get(code);
        return region == null ? code : region.nameIn(Messages.currentLocale());
    }

    public WorkingDays.Countdown countdown(HistoricalObject object) {
        return model.countdownOf(object);
    }

    public String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    public StreamedContent getPdf() {
        return DefaultStreamedContent.builder().name("historical-register.pdf").contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(documents.reports().pdf(extract()))).build();
    }

    public StreamedContent getXlsx() {
        return DefaultStreamedContent.builder().name("historical-register.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(documents.reports().xlsx(extract()))).build();
    }

    private HistoricalRegisterExtract extract() {
        Locale locale = Messages.currentLocale();
        List<HistoricalObject> found = new ArrayList<>();
        Page<HistoricalObject> page;
        do {
            page = register.list(status, found.size(), HistoricalRegisterService.MAX_PAGE);
            found.addAll(page.items());
        } while (!page.items().isEmpty() && found.size() < page.total() && found.size() < EXTRACT_LIMIT);
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(3);
        List<HistoricalRegisterExtract.Row> rows = found.stream().map(o -> new HistoricalRegisterExtract.Row(
                String.valueOf(o.getId()), o.getName(), regionName(o.getRegionCode()),
                Messages.text(locale, "ObjectType." + o.getType().name()),
                o.getCategory() == null ? "" : o.getCategory() + " · " + o.getQueuePosition(),
                statusText(locale, o), amounts(locale, number, o.totalsByUnit()))).toList();
        HistoricalRegisterExtract.Labels labels = new HistoricalRegisterExtract.Labels(
                Messages.text(locale, "historical.number"), Messages.text(locale, "historical.name"),
                Messages.text(locale, "historical.region"), Messages.text(locale, "historical.type"),
                Messages.text(locale, "historical.categoryQueue"), Messages.text(locale, "historical.status"),
                Messages.text(locale, "historical.amounts"), Messages.text(locale, "extract.generatedAt"),
                Messages.text(locale, "extract.generatedBy"), Messages.text(locale, "extract.total"),
                Messages.text(locale, "receipt.pageOf"));
        String filter = status == null ? "" : Messages.text(locale, "HistoricalStatus." + status.name());
        return new HistoricalRegisterExtract(locale.getLanguage(), labels, Messages.text(locale, "historical_objects.extractTitle"),
                filter, DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").format(LocalDateTime.now(ZoneId.of("Asia/Almaty"))),
                currentUser.getDisplayName(), rows);
    }

    static String statusText(Locale locale, HistoricalObject o) {
        String text = Messages.text(locale, "HistoricalStatus." + o.getStatus().name());
        return o.getLiquidationStage() == null || o.getStatus() != HistoricalStatus.LIQUIDATION ? text
                : text + ": " + Messages.text(locale, "LiquidationStage." + o.getLiquidationStage().name());
    }

    /** Totals per unit, each in its own unit: tonnes and cubic metres are never added together. */
    static String amounts(Locale locale, NumberFormat number, Map<AmountUnit, BigDecimal> totals) {
        return totals.entrySet().stream()
                .map(e -> number.format(e.getValue()) + " " + Messages.text(locale, "AmountUnit." + e.getKey().name()))
                .collect(Collectors.joining("; "));
    }

    public String statusText(HistoricalObject o) {
        return statusText(Messages.currentLocale(), o);
    }

    public HistoricalObjectLazyModel getModel() {
        return model;
    }

    public HistoricalStatus[] getStatuses() {
        return HistoricalStatus.values();
    }

    public HistoricalStatus getStatus() {
        return status;
    }

    public void setStatus(HistoricalStatus status) {
        this.status = status;
    }
}
