package kz.qaldyq.web.registry.historical;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.qaldyq.platform.Page;
import kz.qaldyq.reference.WorkingDays;
import kz.qaldyq.registry.historical.HistoricalObject;
import kz.qaldyq.registry.historical.HistoricalRegisterService;
import kz.qaldyq.registry.historical.HistoricalStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The caller's objects paged in the database, with the decision countdown of each object on the page. */
public class HistoricalObjectLazyModel extends LazyDataModel<HistoricalObject> {

    private final transient HistoricalRegisterService service;
    private HistoricalStatus status;
    private final Map<Long, WorkingDays.Countdown> countdowns = new HashMap<>();

    public HistoricalObjectLazyModel(HistoricalRegisterService service) {
        this.service = service;
    }

    public void setStatus(HistoricalStatus status) {
        this.status = status;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) service.list(status, 0, 1).total();
    }

    @Override
    public List<HistoricalObject> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<HistoricalObject> page = service.list(status, first, pageSize);
        setRowCount((int) page.total());
        countdowns.clear();
        countdowns.putAll(service.decisionCountdowns(page.items(), HistoricalRegisterService.today()));
        return page.items();
    }

    /** The countdown of an object on the current page; {@code null} when no decision is awaited. */
    public WorkingDays.Countdown countdownOf(HistoricalObject object) {
        return countdowns.get(object.getId());
    }

    @Override
    public String getRowKey(HistoricalObject object) {
        return String.valueOf(object.getId());
    }

    @Override
    public HistoricalObject getRowData(String rowKey) {
        return service.get(Long.parseLong(rowKey));
    }
}
