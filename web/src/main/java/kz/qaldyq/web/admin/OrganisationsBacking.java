package kz.qaldyq.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import kz.qaldyq.organisation.Organisation;
import kz.qaldyq.platform.Page;
import kz.qaldyq.reports.OrganisationExtract;
import kz.qaldyq.web.CurrentUserBacking;
import kz.qaldyq.web.Documents;
import kz.qaldyq.web.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import kz.qaldyq.organisation.Activity;
import kz.qaldyq.organisation.OrganisationQuery;
import kz.qaldyq.organisation.OrganisationService;
import kz.qaldyq.reference.KatoUnit;
import kz.qaldyq.reference.ReferenceService;
import kz.qaldyq.web.organisation.OrganisationLazyModel;

/** admin/organisations.xhtml: search the register of organisations, paged in the database. */
@Named
@ViewScoped
public class OrganisationsBacking implements Serializable {

    @Inject
    private OrganisationService organisations;
    @Inject
    private ReferenceService reference;
    @Inject
    private CurrentUserBacking currentUser;

    private static final int EXTRACT_LIMIT = OrganisationService.MAX_PAGE * 25;
    @Inject
    private Documents documents;

    private String text;
    private String regionCode;
    private Activity activity;
    private OrganisationLazyModel model;
    private List<KatoUnit> regions;

    @PostConstruct
    void init() {
        model = new OrganisationLazyModel(organisations, OrganisationQuery.all());
        regions = reference.regions();
    }

    public void search() {
        model.setQuery(new OrganisationQuery(text, regionCode, activity));
    }

    /** The register extract of what the search shows (up to {@value #EXTRACT_LIMIT} organisations) as PDF. */
    public StreamedContent getPdf() {
        return DefaultStreamedContent.builder().name("organisations.pdf").contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(documents.reports().pdf(extract()))).build();
    }

    public StreamedContent getXlsx() {
        return DefaultStreamedContent.builder().name("organisations.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(documents.reports().xlsx(extract()))).build();
    }

    private OrganisationExtract extract() {
        Locale locale = Messages.currentLocale();
        OrganisationQuery query = new OrganisationQuery(text, regionCode, activity);
        List<Organisation> found = new java.util.ArrayList<>();
        Page<Organisation> page;
        do {
            page = organisations.search(query, found.size(), OrganisationService.MAX_PAGE);
            found.addAll(page.items());
        } while (!page.items().isEmpty() && found.size() < page.total() && found.size() < EXTRACT_LIMIT);
        List<OrganisationExtract.Row> rows = found.stream().map(o -> new OrganisationExtract.Row(o.getBinValue(), o.nameIn(locale),
                reference.findKato(o.getKatoCode()).map(k -> k.nameIn(locale)).orElse(o.getKatoCode()),
                o.getActivities().stream().map(a -> Messages.text(locale, "Activity." + a.name())).sorted().collect(Collectors.joining(", "))))
                .toList();
        String filter = String.join(" · ", java.util.stream.Stream.of(
                text == null || text.isBlank() ? null : "«" + text.strip() + "»",
                regionCode == null ? null : reference.findKato(regionCode).map(k -> k.nameIn(locale)).orElse(regionCode),
                activity == null ? null : Messages.text(locale, "Activity." + activity.name())).filter(java.util.Objects::nonNull).toList());
        OrganisationExtract.Labels labels = new OrganisationExtract.Labels(Messages.text(locale, "organisation.bin"),
                Messages.text(locale, "organisation.name"), Messages.text(locale, "organisation.region"),
                Messages.text(locale, "organisation.activities"), Messages.text(locale, "extract.generatedAt"),
                Messages.text(locale, "extract.generatedBy"), Messages.text(locale, "extract.total"), Messages.text(locale, "receipt.pageOf"));
        return new OrganisationExtract(locale.getLanguage(), labels, Messages.text(locale, "extract.title"), filter,
                DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").format(LocalDateTime.now(ZoneId.of("Asia/Almaty"))),
                currentUser.getDisplayName(), rows);
    }

    public OrganisationLazyModel getModel() {
        return model;
    }

    public List<KatoUnit> getRegions() {
        return regions;
    }

    public Activity[] getActivities() {
        return Activity.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public Activity getActivity() {
        return activity;
    }

    public void setActivity(Activity activity) {
        this.activity = activity;
    }
}
