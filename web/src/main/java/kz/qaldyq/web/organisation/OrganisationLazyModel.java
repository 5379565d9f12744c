package kz.qaldyq.web.organisation;

import java.util.List;
import java.util.Map;
import kz.qaldyq.organisation.Organisation;
import kz.qaldyq.organisation.OrganisationQuery;
import kz.qaldyq.organisation.OrganisationService;
import kz.qaldyq.platform.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Organisations the caller may see, paged in the database (offset/limit), never loaded as a whole list. */
public class OrganisationLazyModel extends LazyDataModel<Organisation> {

    private final transient OrganisationService service;
    private OrganisationQuery query;

    public OrganisationLazyModel(OrganisationService service, OrganisationQuery query) {
        this.service = service;
        this.query = query;
    }

    public void setQuery(OrganisationQuery query) {
        this.query = query;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) service.search(query, 0, 1).total();
    }

    @Override
    public List<Organisation> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<Organisation> page = service.search(query, first, pageSize);
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(Organisation organisation) {
        return String.valueOf(organisation.getId());
    }

    @Override
    public Organisation getRowData(String rowKey) {
        return service.get(Long.parseLong(rowKey));
    }
}
