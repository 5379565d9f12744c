package kz.qaldyq.web.report;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import kz.qaldyq.filing.InboxQuery;
import kz.qaldyq.filing.Report;
import kz.qaldyq.platform.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Reports paged in the database (offset/limit): the respondent's own or a reviewer's inbox, whichever service the
 * page hands in. A column's sort is passed on to the query by the sort names the repository knows.
 */
public class ReportLazyModel extends LazyDataModel<Report> {

    /** Where the pages come from: {@code FilingService::mine} or {@code ReviewService::inbox}. */
    @FunctionalInterface
    public interface Source extends Serializable {
        Page<Report> load(InboxQuery query, int offset, int limit);
    }

    /** Column field (as in the page's {@code sortBy}) to the sort name of {@link InboxQuery#sortBy()}. */
    private static final Map<String, String> SORTS = Map.of("submittedAt", "submittedAt", "reportingYear", "year",
            "status", "status", "organisation", "organisation", "formCode", "form");

    private final Source source;
    private InboxQuery query;

    public ReportLazyModel(Source source, InboxQuery query) {
        this.source = source;
        this.query = query;
    }

    public void setQuery(InboxQuery query) {
        this.query = query;
    }

    public InboxQuery getQuery() {
        return query;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.load(query, 0, 1).total();
    }

    @Override
    public List<Report> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        InboxQuery sorted = query;
        if (sortBy != null) {
            for (SortMeta sort : sortBy.values()) {
                String name = SORTS.get(sort.getField());
                if (name != null && sort.getOrder() != SortOrder.UNSORTED) {
                    sorted = new InboxQuery(query.formCode(), query.year(), query.status(), query.lateOnly(), name,
                            sort.getOrder() == SortOrder.DESCENDING);
                    break;
                }
            }
        }
        Page<Report> page = source.load(sorted, first, pageSize);
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(Report report) {
        return String.valueOf(report.getId());
    }

    @Override
    @SuppressWarnings("unchecked")
    public Report getRowData(String rowKey) {
        for (Report report : (List<Report>) getWrappedData()) {
            if (String.valueOf(report.getId()).equals(rowKey)) {
                return report;
            }
        }
        return null;
    }
}
