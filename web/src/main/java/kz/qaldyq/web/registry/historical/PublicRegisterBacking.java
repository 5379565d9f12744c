package kz.qaldyq.web.registry.historical;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import kz.qaldyq.reference.KatoUnit;
import kz.qaldyq.reference.ReferenceService;
import kz.qaldyq.registry.historical.PublicObject;
import kz.qaldyq.registry.historical.PublicRegisterService;
import kz.qaldyq.web.Messages;

/** public/register.xhtml: the objects of the register on a map and in a table, for anyone (EC art. 143(8)). */
@Named
@RequestScoped
public class PublicRegisterBacking {

    @Inject
    private PublicRegisterService register;
    @Inject
    private ReferenceService reference;

    private List<PublicObject> objects;
    private Map<String, KatoUnit> regions;

    public List<PublicObject> getObjects() {
        if (objects == null) {
            objects = register.list();
        }
        return objects;
    }

    public String regionName(String code) {
        if (regions == null) {
            regions = reference.regions().stream().collect(Collectors.toMap(KatoUnit::getCode, k -> k));
        }
        KatoUnit region = regions.get(code);
        return region == null ? code : region.nameIn(Messages.currentLocale());
    }

    /** Status as the public reads it: the liquidation stage while liquidation runs. */
    public String statusText(PublicObject o) {
        Locale locale = Messages.currentLocale();
        String status = Messages.text(locale, "HistoricalStatus." + o.status().name());
        return o.liquidationStage() == null ? status
                : status + ": " + Messages.text(locale, "LiquidationStage." + o.liquidationStage().name());
    }

    public String getMarkersJson() {
        Locale locale = Messages.currentLocale();
        String page = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/public/object.xhtml?id=";
        return Markers.json(getObjects(), o -> regionName(o.regionCode()) + " · " + Messages.text(locale, "ObjectType." + o.type().name())
                + " · " + statusText(o), page);
    }
}
