package kz.qaldyq.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import kz.qaldyq.organisation.Organisation;
import kz.qaldyq.organisation.PortalUser;
import kz.qaldyq.organisation.UserService;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.Page;
import kz.qaldyq.reference.KatoUnit;
import kz.qaldyq.reference.ReferenceService;
import kz.qaldyq.web.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** admin/users.xhtml: portal users and their links to organisations (enterprise) or a region (akimat). */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    @Inject
    private UserService users;
    @Inject
    private ReferenceService reference;

    private String text;
    private LazyDataModel<PortalUser> model;
    private List<KatoUnit> regions;

    private PortalUser selected;
    private List<Organisation> linked = List.of();
    private String linkBin;
    private String regionCode;
    private String newUsername;
    private String newDisplayName;

    @PostConstruct
    void init() {
        regions = reference.regions();
        model = new LazyDataModel<>() {
            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) users.search(text, 0, 1).total();
            }

            @Override
            public List<PortalUser> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                Page<PortalUser> page = users.search(text, first, pageSize);
                setRowCount((int) page.total());
                return page.items();
            }

            @Override
            public String getRowKey(PortalUser user) {
                return user.getUsername();
            }

            @Override
            public PortalUser getRowData(String rowKey) {
                return users.getUser(rowKey);
            }
        };
    }

    public void select(String username) {
        selected = users.getUser(username);
        regionCode = selected.getRegionCode();
        linked = users.organisationsOf(username);
        linkBin = null;
    }

    public void link() {
        try {
            users.link(selected.getUsername(), linkBin);
            select(selected.getUsername());
            Messages.info("admin_users.linked");
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
    }

    public void unlink(long organisationId) {
        try {
            users.unlink(selected.getUsername(), organisationId);
            select(selected.getUsername());
            Messages.info("admin_users.unlinked");
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
    }

    public void saveRegion() {
        try {
            users.assignRegion(selected.getUsername(), regionCode);
            select(selected.getUsername());
            Messages.info("admin_users.regionSaved");
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
    }

    public void register() {
        try {
            PortalUser user = users.register(newUsername, newDisplayName);
            newUsername = null;
            newDisplayName = null;
            select(user.getUsername());
            Messages.info("admin_users.registered");
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
    }

    public void search() {
        selected = null;
    }

    public LazyDataModel<PortalUser> getModel() {
        return model;
    }

    public List<KatoUnit> getRegions() {
        return regions;
    }

    public PortalUser getSelected() {
        return selected;
    }

    public List<Organisation> getLinked() {
        return linked;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getLinkBin() {
        return linkBin;
    }

    public void setLinkBin(String linkBin) {
        this.linkBin = linkBin;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewDisplayName() {
        return newDisplayName;
    }

    public void setNewDisplayName(String newDisplayName) {
        this.newDisplayName = newDisplayName;
    }
}
