package kz.qaldyq.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kz.qaldyq.organisation.Activity;
import kz.qaldyq.organisation.OrganisationQuery;
import kz.qaldyq.organisation.OrganisationService;
import kz.qaldyq.reference.KatoUnit;
import kz.qaldyq.reference.ReferenceService;
import kz.qaldyq.web.organisation.OrganisationLazyModel;

/** admin/organisations.xhtml: search the register of organisations, paged in the database. */
@Named
@ViewScoped
public class OrganisationsBacking implements Serializable {

    @Inject
    private OrganisationService organisations;
    @Inject
    private ReferenceService reference;

    private String text;
    private String regionCode;
    private Activity activity;
    private OrganisationLazyModel model;
    private List<KatoUnit> regions;

    @PostConstruct
    void init() {
        model = new OrganisationLazyModel(organisations, OrganisationQuery.all());
        regions = reference.regions();
    }

    public void search() {
        model.setQuery(new OrganisationQuery(text, regionCode, activity));
    }

    public OrganisationLazyModel getModel() {
        return model;
    }

    public List<KatoUnit> getRegions() {
        return regions;
    }

    public Activity[] getActivities() {
        return Activity.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public Activity getActivity() {
        return activity;
    }

    public void setActivity(Activity activity) {
        this.activity = activity;
    }
}
