package kz.qaldyq.web.indicator;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import kz.qaldyq.indicator.Formula;
import kz.qaldyq.indicator.Indicator;
import kz.qaldyq.indicator.IndicatorService;
import kz.qaldyq.indicator.SourceRow;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.Page;
import kz.qaldyq.reference.ReferenceService;
import kz.qaldyq.web.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * indicator/sources.xhtml: the drill-down of a value — the approved reports, entries or companies it was computed
 * from, paged in the database, each report linked to its review page. The service checks the caller's scope.
 */
@Named
@ViewScoped
public class SourcesBacking implements Serializable {

    @Inject
    private IndicatorService indicators;
    @Inject
    private ReferenceService reference;

    private Indicator indicator;
    private Formula formula;
    private int year;
    private String regionCode;
    private LazyDataModel<SourceRow> model;

    @PostConstruct
    void init() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        try {
            int no = Integer.parseInt(params.getOrDefault("no", "2"));
            year = Integer.parseInt(params.getOrDefault("year", String.valueOf(IndicatorService.FIRST_YEAR + 1)));
            String region = params.get("region");
            regionCode = region == null || region.isBlank() ? null : region;
            indicator = indicators.indicator(no);
            String v = params.get("v");
            formula = v == null || v.isBlank() ? indicator.official() : indicator.formula(Integer.parseInt(v));
            indicators.sources(no, year, regionCode, formula.getVersion(), 0, 1);
            model = new Model(no, year, regionCode, formula.getVersion(), indicators);
        } catch (NumberFormatException e) {
            Messages.error(null, new BusinessException("indicator.badLink"));
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
    }

    public String regionName(String code) {
        return code == null ? Messages.text("indicator.national")
                : reference.findKato(code).map(k -> k.nameIn(Messages.currentLocale())).orElse(code);
    }

    public boolean isReportBased() {
        return formula != null && formula.getMethod() == kz.qaldyq.indicator.FormulaMethod.REPORT_LINE_REDUCTION;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public Formula getFormula() {
        return formula;
    }

    public int getYear() {
        return year;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public LazyDataModel<SourceRow> getModel() {
        return model;
    }

    /** The sources paged in the database. */
    static final class Model extends LazyDataModel<SourceRow> {
        private final int no;
        private final int year;
        private final String region;
        private final int version;
        private final IndicatorService service;

        Model(int no, int year, String region, int version, IndicatorService service) {
            this.no = no;
            this.year = year;
            this.region = region;
            this.version = version;
            this.service = service;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) service.sources(no, year, region, version, 0, 1).total();
        }

        @Override
        public List<SourceRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<SourceRow> page = service.sources(no, year, region, version, first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }
    }
}
