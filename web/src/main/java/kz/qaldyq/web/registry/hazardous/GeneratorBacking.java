package kz.qaldyq.web.registry.hazardous;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import kz.qaldyq.filing.Report;
import kz.qaldyq.organisation.Facility;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.NotFoundException;
import kz.qaldyq.registry.hazardous.Generator;
import kz.qaldyq.registry.hazardous.GeneratorService;
import kz.qaldyq.registry.hazardous.GeneratorStatus;
import kz.qaldyq.registry.hazardous.HazardousEvent;
import kz.qaldyq.registry.hazardous.InventoryService;
import kz.qaldyq.registry.hazardous.Passport;
import kz.qaldyq.registry.hazardous.PassportService;
import kz.qaldyq.web.CurrentUserBacking;
import kz.qaldyq.web.Messages;

/**
 * hazardous/generator.xhtml ({@code ?id=}): one registry entry — organisation, facilities, passports, inventories, the
 * PRTR mark and the history; the ministry registers it or returns it with a comment.
 */
@Named("hazardousGenerator")
@ViewScoped
public class GeneratorBacking implements Serializable {

    @Inject
    private GeneratorService generators;
    @Inject
    private PassportService passports;
    @Inject
    private InventoryService inventories;
    @Inject
    private CurrentUserBacking currentUser;

    private Long id;
    private Generator generator;
    private List<Passport> passportList = List.of();
    private List<Report> inventoryList = List.of();
    private List<Integer> prtrYears = List.of();
    private List<HazardousEvent> history = List.of();
    private String comment;

    /** f:viewAction. */
    public void load() {
        if (id == null) {
            throw new NotFoundException("generator", "");
        }
        generator = generators.get(id);
        List<Passport> all = new ArrayList<>();
        for (Facility f : generator.getFacilities()) {
            all.addAll(passports.ofFacility(f.getId()));
        }
        passportList = all;
        inventoryList = inventories.ofOrganisation(generator.getOrganisation().getId());
        prtrYears = generators.prtrYears(generator.getOrganisation().getId());
        history = generators.history(id);
    }

    public void register() {
        try {
            generators.register(id, generator.getLockVersion(), comment);
            comment = null;
            load();
            Messages.done("hazardous.generator.registered");
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
    }

    public void returnRegistration() {
        try {
            generators.returnRegistration(id, generator.getLockVersion(), comment);
            comment = null;
            load();
            Messages.done("hazardous.generator.returned");
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
    }

    public boolean isDecidable() {
        return currentUser.is("ministry") && generator.getStatus() == GeneratorStatus.SUBMITTED;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Generator getGenerator() {
        return generator;
    }

    public List<Passport> getPassports() {
        return passportList;
    }

    public List<Report> getInventories() {
        return inventoryList;
    }

    public List<Integer> getPrtrYears() {
        return prtrYears;
    }

    public List<HazardousEvent> getHistory() {
        return history;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
