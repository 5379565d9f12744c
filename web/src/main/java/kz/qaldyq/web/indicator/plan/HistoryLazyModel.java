package kz.qaldyq.web.indicator.plan;

import java.util.List;
import java.util.Map;
import kz.qaldyq.indicator.plan.ActionPlanService;
import kz.qaldyq.indicator.plan.PlanReportEvent;
import kz.qaldyq.platform.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A report's history, the latest first, paged in the database. */
public class HistoryLazyModel extends LazyDataModel<PlanReportEvent> {

    private final transient ActionPlanService service;
    private final long reportId;

    public HistoryLazyModel(ActionPlanService service, long reportId) {
        this.service = service;
        this.reportId = reportId;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) service.history(reportId, 0, 1).total();
    }

    @Override
    public List<PlanReportEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<PlanReportEvent> page = service.history(reportId, first, pageSize);
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(PlanReportEvent event) {
        return String.valueOf(event.getId());
    }
}
