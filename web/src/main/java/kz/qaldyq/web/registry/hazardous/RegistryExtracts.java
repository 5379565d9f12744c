package kz.qaldyq.web.registry.hazardous;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import kz.qaldyq.platform.LocalizedText;
import kz.qaldyq.platform.Page;
import kz.qaldyq.reference.KatoUnit;
import kz.qaldyq.reference.ReferenceService;
import kz.qaldyq.registry.hazardous.GeneratorService;
import kz.qaldyq.registry.hazardous.RegistryEntry;
import kz.qaldyq.registry.hazardous.RegistryQuery;
import kz.qaldyq.reports.HazardousRegistryExtract;
import kz.qaldyq.web.Documents;
import kz.qaldyq.web.Messages;

/** The extract from the hazardous-waste registry (PDF, XLSX) for a search, in the caller's language and scope. */
@ApplicationScoped
public class RegistryExtracts {

    /** An extract is a document, not a data dump: it stops at this many generators. */
    static final int MAX_ROWS = 5000;

    @Inject
    private GeneratorService generators;
    @Inject
    private ReferenceService reference;
    @Inject
    private Documents documents;

    public byte[] pdf(RegistryQuery query, Locale locale, String by) {
        return documents.reports().pdf(extract(query, locale, by));
    }

    public byte[] xlsx(RegistryQuery query, Locale locale, String by) {
        return documents.reports().xlsx(extract(query, locale, by));
    }

    HazardousRegistryExtract extract(RegistryQuery query, Locale locale, String by) {
        Map<String, LocalizedText> regions = reference.regions().stream().collect(Collectors.toMap(KatoUnit::getCode, KatoUnit::getName));
        List<HazardousRegistryExtract.Row> rows = new ArrayList<>();
        Page<RegistryEntry> page;
        int offset = 0;
        do {
            page = generators.search(query, offset, 500);
            for (RegistryEntry e : page.items()) {
                LocalizedText region = regions.get(e.regionCode());
                rows.add(new HazardousRegistryExtract.Row(e.registryNo() == null ? "" : e.registryNo(),
                        e.name().in(locale) + " (" + e.bin() + ")", region == null ? e.regionCode() : region.in(locale),
                        Messages.text(locale, "GeneratorStatus." + e.status().name()), String.valueOf(e.facilities()),
                        String.join(", ", e.passportCodes().stream().map(c -> c + "*").toList()), e.getPrtrYearsText()));
            }
            offset += page.items().size();
        } while (!page.items().isEmpty() && offset < page.total() && offset < MAX_ROWS);
        HazardousRegistryExtract.Labels labels = new HazardousRegistryExtract.Labels(
                Messages.text(locale, "hazardous.registryNo"), Messages.text(locale, "hazardous.organisation"),
                Messages.text(locale, "hazardous.region"), Messages.text(locale, "hazardous.status"),
                Messages.text(locale, "hazardous.facilities"), Messages.text(locale, "hazardous.passportCodes"),
                Messages.text(locale, "hazardous.prtr"), Messages.text(locale, "extract.generatedAt"),
                Messages.text(locale, "extract.generatedBy"), Messages.text(locale, "extract.total"),
                Messages.text(locale, "receipt.pageOf"));
        return new HazardousRegistryExtract(locale.getLanguage(), labels, Messages.text(locale, "hazardous.extract.title"),
                filter(query, locale, regions), DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").format(LocalDateTime.now(ZoneId.of("Asia/Almaty"))),
                by, rows);
    }

    private static String filter(RegistryQuery q, Locale locale, Map<String, LocalizedText> regions) {
        List<String> parts = new ArrayList<>();
        if (q.regionCode() != null && regions.containsKey(q.regionCode())) {
            parts.add(regions.get(q.regionCode()).in(locale));
        }
        if (q.wasteCode() != null && !q.wasteCode().isBlank()) {
            parts.add(q.wasteCode().strip());
        }
        if (q.property() != null && !q.property().isBlank()) {
            parts.add(q.property());
        }
        if (q.organisation() != null && !q.organisation().isBlank()) {
            parts.add("«" + q.organisation().strip() + "»");
        }
        if (q.status() != null) {
            parts.add(Messages.text(locale, "GeneratorStatus." + q.status().name()));
        }
        if (q.prtr() != null) {
            parts.add(Messages.text(locale, q.prtr() ? "hazardous.prtr.yes" : "hazardous.prtr.no"));
        }
        return String.join(" · ", parts);
    }
}
