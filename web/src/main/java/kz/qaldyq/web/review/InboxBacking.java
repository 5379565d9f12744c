package kz.qaldyq.web.review;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.stream.Collectors;
import kz.qaldyq.filing.InboxQuery;
import kz.qaldyq.filing.Report;
import kz.qaldyq.filing.ReportStatus;
import kz.qaldyq.filing.ReviewService;
import kz.qaldyq.platform.LocalizedText;
import kz.qaldyq.reference.KatoUnit;
import kz.qaldyq.reference.ReferenceService;
import kz.qaldyq.web.Messages;
import kz.qaldyq.web.report.ReportChoices;
import kz.qaldyq.web.report.ReportLazyModel;
import kz.qaldyq.web.report.ReportView;

/** review/inbox.xhtml: the reports of the reviewer's region (the whole country for the ministry), paged in the database. */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    @Inject
    private ReviewService review;
    @Inject
    private ReferenceService reference;
    @Inject
    private ReportChoices choices;

    private ReportLazyModel model;
    private Map<String, LocalizedText> regionNames;

    private String formCode;
    private Integer year;
    private ReportStatus status;
    private boolean lateOnly;

    @PostConstruct
    void init() {
        model = new ReportLazyModel(review::inbox, InboxQuery.all());
        regionNames = reference.regions().stream().collect(Collectors.toMap(KatoUnit::getCode, KatoUnit::getName));
    }

    public void search() {
        model.setQuery(new InboxQuery(formCode, year, status, lateOnly ? Boolean.TRUE : null, null, false));
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

    public ReportStatus getStatus() {
        return status;
    }

    public void setStatus(ReportStatus status) {
        this.status = status;
    }

    public boolean isLateOnly() {
        return lateOnly;
    }

    public void setLateOnly(boolean lateOnly) {
        this.lateOnly = lateOnly;
    }
}
