package kz.qaldyq.web.filing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.qaldyq.filing.FilingService;
import kz.qaldyq.filing.InboxQuery;
import kz.qaldyq.filing.NewReport;
import kz.qaldyq.filing.Report;
import kz.qaldyq.organisation.Facility;
import kz.qaldyq.organisation.Organisation;
import kz.qaldyq.organisation.OrganisationService;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.LocalizedText;
import kz.qaldyq.reference.KatoUnit;
import kz.qaldyq.reference.ReferenceService;
import kz.qaldyq.web.Messages;
import kz.qaldyq.web.report.ReportChoices;
import kz.qaldyq.web.report.ReportLazyModel;
import kz.qaldyq.web.report.ReportView;

/** filing/reports.xhtml: the respondent's reports, paged in the database, and the start of a new one. */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

    @Inject
    private FilingService filing;
    @Inject
    private OrganisationService organisations;
    @Inject
    private ReferenceService reference;
    @Inject
    private ReportChoices choices;

    private ReportLazyModel model;
    private List<Organisation> mine;
    private List<KatoUnit> regions;
    private Map<String, LocalizedText> regionNames;
    private List<Facility> facilities = List.of();

    private Long organisationId;
    private String formCode;
    private Integer year;
    private String regionCode;
    private Long facilityId;

    @PostConstruct
    void init() {
        model = new ReportLazyModel(filing::mine, InboxQuery.all());
        mine = organisations.mine();
        regions = reference.regions();
        regionNames = regions.stream().collect(Collectors.toMap(KatoUnit::getCode, KatoUnit::getName));
        formCode = choices.getNewForms().isEmpty() ? null : choices.getNewForms().get(0).code();
        year = ReportChoices.lastYear();
        if (!mine.isEmpty()) {
            organisationId = mine.get(0).getId();
            organisationChanged();
        }
    }

    /** A waste-1 report is usually about the organisation's own region, a waste-2 report about one of its facilities. */
    public void organisationChanged() {
        Organisation organisation = mine.stream().filter(o -> o.getId().equals(organisationId)).findFirst().orElse(null);
        if (organisation == null) {
            facilities = List.of();
            return;
        }
        regionCode = organisation.getRegionCode();
        facilities = organisations.facilitiesOf(organisation.getId());
        facilityId = facilities.isEmpty() ? null : facilities.get(0).getId();
    }

    public String create() {
        try {
            boolean byFacility = isFacilitySubject();
            Report report = filing.createDraft(new NewReport(formCode, year, organisationId, byFacility ? null : regionCode,
                    byFacility ? facilityId : null));
            Messages.info("filing_reports.created");
            return "/filing/report?faces-redirect=true&id=" + report.getId();
        } catch (BusinessException e) {
            Messages.error(null, e);
            return null;
        }
    }

    public boolean isFacilitySubject() {
        ReportChoices.Form form = formCode == null ? null : choices.form(formCode);
        return form != null && form.isFacilitySubject();
    }

    public String subjectOf(Report report) {
        return ReportView.subjectOf(report, regionNames.get(report.getRegionCode()), Messages.currentLocale());
    }

    public String formNameOf(String code) {
        ReportChoices.Form form = choices.form(code);
        return form == null ? code : form.name().in(Messages.currentLocale());
    }

    public ReportLazyModel getModel() {
        return model;
    }

    public List<Organisation> getMine() {
        return mine;
    }

    public List<KatoUnit> getRegions() {
        return regions;
    }

    public List<Facility> getFacilities() {
        return facilities;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getFormCode() {
        return formCode;
    }

    public void setFormCode(String formCode) {
        this.formCode = formCode;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public Long getFacilityId() {
        return facilityId;
    }

    public void setFacilityId(Long facilityId) {
        this.facilityId = facilityId;
    }
}
