package kz.qaldyq.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.qaldyq.filing.FormCatalogue;
import kz.qaldyq.filing.FormLayout;
import kz.qaldyq.filing.FormVersion;
import kz.qaldyq.validation.RuleSpec;

/** admin/forms.xhtml: the form versions in force, with their lines and rule catalogues (forms are data). */
@Named
@ViewScoped
public class FormsBacking implements Serializable {

    @Inject
    private FormCatalogue catalogue;

    private List<FormVersion> versions;
    private Long selectedId;
    private FormLayout layout;

    @PostConstruct
    void init() {
        versions = catalogue.versions();
        if (!versions.isEmpty()) {
            select(versions.get(0).getId());
        }
    }

    public void select(long versionId) {
        selectedId = versionId;
        layout = catalogue.layout(versionId);
    }

    public List<FormVersion> getVersions() {
        return versions;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public FormLayout getLayout() {
        return layout;
    }

    public List<RuleSpec> getRules() {
        return layout == null ? List.of() : layout.spec().rules();
    }

    /** Parameters as {@code key=value; …}, sorted by key so that the page reads the same every time. */
    public String paramsOf(RuleSpec rule) {
        Map<String, String> params = new java.util.TreeMap<>(rule.params());
        return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }
}
