package kz.qaldyq.web.registry.historical;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kz.qaldyq.platform.NotFoundException;
import kz.qaldyq.registry.historical.PublicObject;
import kz.qaldyq.registry.historical.PublicRegisterService;

/** public/object.xhtml?id=: the public fields of one object of the register; anything else is "not found". */
@Named
@RequestScoped
public class PublicObjectBacking {

    @Inject
    private PublicRegisterService register;
    @Inject
    private PublicRegisterBacking registerPage;

    private Long id;
    private PublicObject object;

    /** f:viewAction: an object not in the register answers 404, like one that does not exist. */
    public void load() {
        if (id == null) {
            throw new NotFoundException("historicalObject", "");
        }
        object = register.get(id);
    }

    public PublicObject getObject() {
        return object;
    }

    public String getRegionName() {
        return registerPage.regionName(object.regionCode());
    }

    public String getStatusText() {
        return registerPage.statusText(object);
    }

    public String getMarkersJson() {
        String page = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/public/object.xhtml?id=";
        return Markers.json(List.of(object), o -> getStatusText(), page);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
