package kz.qaldyq.web.registry.hazardous;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.qaldyq.platform.LocalizedText;
import kz.qaldyq.platform.Page;
import kz.qaldyq.reference.HazardousProperty;
import kz.qaldyq.reference.KatoUnit;
import kz.qaldyq.reference.ReferenceService;
import kz.qaldyq.registry.hazardous.GeneratorService;
import kz.qaldyq.registry.hazardous.GeneratorStatus;
import kz.qaldyq.registry.hazardous.RegistryEntry;
import kz.qaldyq.registry.hazardous.RegistryQuery;
import kz.qaldyq.web.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * hazardous/registry.xhtml: the generator registry searched by region, waste code, hazardous property, organisation,
 * status and PRTR mark, paged in the database (the ministry: the whole country; an enterprise: its own entries); the
 * extract of the same search as PDF and XLSX.
 */
@Named("hazardousRegistry")
@ViewScoped
public class RegistryBacking implements Serializable {

    @Inject
    private GeneratorService generators;
    @Inject
    private ReferenceService reference;

    private String regionCode;
    private String wasteCode;
    private String property;
    private String organisation;
    private GeneratorStatus status;
    private String prtr;
    private Map<String, LocalizedText> regionNames;
    private final Model model = new Model();

    /** The registry paged in the database under the current filters. */
    public final class Model extends LazyDataModel<RegistryEntry> {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) generators.search(query(), 0, 1).total();
        }

        @Override
        public List<RegistryEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<RegistryEntry> page = generators.search(query(), first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(RegistryEntry entry) {
            return String.valueOf(entry.generatorId());
        }

        @Override
        public RegistryEntry getRowData(String rowKey) {
            return null;
        }
    }

    @PostConstruct
    void init() {
        regionNames = reference.regions().stream().collect(Collectors.toMap(KatoUnit::getCode, KatoUnit::getName));
    }

    public void search() {
        // the lazy model reads the filters on its next load
    }

    RegistryQuery query() {
        return new RegistryQuery(blank(regionCode), blank(wasteCode), blank(property), blank(organisation), status,
                prtr == null || prtr.isBlank() ? null : Boolean.valueOf(prtr));
    }

    /** The extract link of the current search: /api/hazardous/registry.pdf or .xlsx with the same filters. */
    public String extractUrl(String format) {
        RegistryQuery q = query();
        List<String> params = new ArrayList<>();
        add(params, "region", q.regionCode());
        add(params, "wasteCode", q.wasteCode());
        add(params, "property", q.property());
        add(params, "organisation", q.organisation());
        add(params, "status", q.status() == null ? null : q.status().name());
        add(params, "prtr", q.prtr() == null ? null : q.prtr().toString());
        add(params, "lang", Messages.currentLocale().getLanguage());
        return "/api/hazardous/registry." + format + "?" + String.join("&", params);
    }

    private static void add(List<String> params, String name, String value) {
        if (value != null) {
            params.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String regionName(String code) {
        LocalizedText name = regionNames.get(code);
        return name == null ? code : name.in(Messages.currentLocale());
    }

    public List<KatoUnit> getRegions() {
        return reference.regions();
    }

    public List<HazardousProperty> getProperties() {
        return reference.hazardousProperties();
    }

    public List<GeneratorStatus> getStatuses() {
        return Arrays.asList(GeneratorStatus.values());
    }

    public Model getModel() {
        return model;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getWasteCode() {
        return wasteCode;
    }

    public void setWasteCode(String wasteCode) {
        this.wasteCode = wasteCode;
    }

    public String getProperty() {
        return property;
    }

    public void setProperty(String property) {
        this.property = property;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public GeneratorStatus getStatus() {
        return status;
    }

    public void setStatus(GeneratorStatus status) {
        this.status = status;
    }

    public String getPrtr() {
        return prtr;
    }

    public void setPrtr(String prtr) {
        this.prtr = prtr;
    }
}
