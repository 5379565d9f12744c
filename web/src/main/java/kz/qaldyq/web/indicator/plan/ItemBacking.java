package kz.qaldyq.web.indicator.plan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import kz.qaldyq.indicator.plan.ActionPlanService;
import kz.qaldyq.indicator.plan.Evidence;
import kz.qaldyq.indicator.plan.EvidenceInfo;
import kz.qaldyq.indicator.plan.PlanCalendar;
import kz.qaldyq.indicator.plan.PlanEvidence;
import kz.qaldyq.indicator.plan.PlanItem;
import kz.qaldyq.indicator.plan.PlanReport;
import kz.qaldyq.indicator.plan.PlanRow;
import kz.qaldyq.indicator.plan.PlanStatus;
import kz.qaldyq.indicator.plan.RegionReport;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.reference.ReferenceService;
import kz.qaldyq.web.CurrentUserBacking;
import kz.qaldyq.web.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * plan/item.xhtml ({@code ?number=&year=[&region=]}): one row of the Action Plan for a year. The ministry sees which
 * regions reported an akimat row and opens a region's report; an akimat reports its own region's; the ministry reports
 * its own rows. Status with text, evidence documents and the history. The service refuses what the caller may not do.
 */
@Named
@ViewScoped
public class ItemBacking implements Serializable {

    @Inject
    private ActionPlanService plan;
    @Inject
    private ReferenceService reference;
    @Inject
    private CurrentUserBacking currentUser;

    private String number;
    private Integer year;
    private String region;
    private PlanItem item;
    private PlanRow row;
    private List<RegionReport> regions = List.of();
    private PlanReport report;
    private List<EvidenceInfo> evidence = List.of();
    private HistoryLazyModel history;

    private PlanStatus status;
    private String text;
    private transient UploadedFile upload;
    private transient UploadedFile extraUpload;

    /** f:viewAction: the row and the report in the caller's scope. */
    public void load() {
        if (year == null || !PlanCalendar.inPeriod(year)) {
            year = PlanBacking.defaultYear();
        }
        LocalDate today = ActionPlanService.today();
        item = plan.getItem(number);
        row = plan.row(number, year, today);
        boolean national = currentUser.is("ministry") || currentUser.is("admin");
        if (item.isAkimat()) {
            regions = plan.regions(number, year, today);
        }
        if (!item.isAkimat() || !national || region != null) {
            report = plan.findReport(number, year, region).orElse(null);
        }
        if (report != null) {
            evidence = plan.evidence(report.getId());
            history = new HistoryLazyModel(plan, report.getId());
            status = report.getStatus();
            text = report.getProgress();
        }
    }

    public String save() {
        try {
            Evidence file = upload == null || upload.getSize() == 0 ? null : new Evidence(upload.getFileName(), upload.getContent());
            plan.report(number, year, null, report == null ? null : report.getVersion(), status, text, file);
            Messages.info("plan.item.saved");
            return reopen();
        } catch (BusinessException e) {
            Messages.error(null, e);
            return null;
        }
    }

    public String addEvidence() {
        try {
            if (extraUpload == null || extraUpload.getSize() == 0) {
                throw new BusinessException("plan.evidence.choose");
            }
            plan.addEvidence(report.getId(), new Evidence(extraUpload.getFileName(), extraUpload.getContent()));
            Messages.info("plan.item.evidenceAdded");
            return reopen();
        } catch (BusinessException e) {
            Messages.error(null, e);
            return null;
        }
    }

    public StreamedContent download(long evidenceId) {
        PlanEvidence document = plan.evidenceDocument(report.getId(), evidenceId);
        return DefaultStreamedContent.builder().name(document.getName()).contentType(document.getContentType())
                .stream(() -> new ByteArrayInputStream(document.getContent())).build();
    }

    private String reopen() {
        return "/plan/item?faces-redirect=true&number=" + number + "&year=" + year + (region == null ? "" : "&region=" + region);
    }

    /** The caller reports this row: an akimat on an akimat row (its own region), the ministry on its own rows. */
    public boolean isEditable() {
        return item != null && (item.isAkimat() ? currentUser.is("akimat") : currentUser.is("ministry"));
    }

    /** The ministry looking at the regions of an akimat row (no single report chosen). */
    public boolean isRegionsView() {
        return item != null && item.isAkimat() && (currentUser.is("ministry") || currentUser.is("admin"));
    }

    public String getRegionName() {
        String code = report != null && report.getRegionCode() != null ? report.getRegionCode() : region;
        return code == null ? null : reference.findKato(code).map(k -> k.nameIn(Messages.currentLocale())).orElse(code);
    }

    public String date(LocalDate day) {
        return day == null ? "" : PlanBacking.DATE.format(day);
    }

    public PlanStatus[] getStatuses() {
        return PlanStatus.values();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region == null || region.isBlank() ? null : region;
    }

    public PlanItem getItem() {
        return item;
    }

    public PlanRow getRow() {
        return row;
    }

    public List<RegionReport> getRegions() {
        return regions;
    }

    public PlanReport getReport() {
        return report;
    }

    public List<EvidenceInfo> getEvidence() {
        return evidence;
    }

    public HistoryLazyModel getHistory() {
        return history;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public void setStatus(PlanStatus status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public UploadedFile getExtraUpload() {
        return extraUpload;
    }

    public void setExtraUpload(UploadedFile extraUpload) {
        this.extraUpload = extraUpload;
    }
}
