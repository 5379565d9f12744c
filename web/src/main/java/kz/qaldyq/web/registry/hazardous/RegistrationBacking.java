package kz.qaldyq.web.registry.hazardous;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kz.qaldyq.filing.Report;
import kz.qaldyq.organisation.Facility;
import kz.qaldyq.organisation.FacilityInput;
import kz.qaldyq.organisation.Organisation;
import kz.qaldyq.organisation.OrganisationService;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.reference.KatoUnit;
import kz.qaldyq.reference.ReferenceService;
import kz.qaldyq.registry.hazardous.Generator;
import kz.qaldyq.registry.hazardous.GeneratorService;
import kz.qaldyq.registry.hazardous.InventoryService;
import kz.qaldyq.registry.hazardous.Passport;
import kz.qaldyq.registry.hazardous.PassportService;
import kz.qaldyq.web.Messages;
import kz.qaldyq.web.report.ReportChoices;

/**
 * hazardous/registration.xhtml: the enterprise's own generator entry — the facilities it declares (adding a production
 * site if needed), submitting the registration to the ministry, its passports and its annual inventories.
 */
@Named("hazardousRegistration")
@ViewScoped
public class RegistrationBacking implements Serializable {

    @Inject
    private OrganisationService organisations;
    @Inject
    private GeneratorService generators;
    @Inject
    private PassportService passports;
    @Inject
    private InventoryService inventories;
    @Inject
    private ReferenceService reference;

    private List<Organisation> mine = List.of();
    private Long organisationId;
    private Generator generator;
    private List<Facility> facilities = List.of();
    private List<String> declared = new ArrayList<>();
    private String contact;
    private List<Passport> passportList = List.of();
    private List<Report> inventoryList = List.of();
    private List<Integer> prtrYears = List.of();

    // a new production site
    private String newName;
    private String newKato;
    private BigDecimal newLatitude;
    private BigDecimal newLongitude;
    private String newCategory;

    // a new inventory
    private Long inventoryFacilityId;
    private Integer inventoryYear = ReportChoices.lastYear();
    private String inventoryCode;

    @PostConstruct
    void init() {
        mine = organisations.mine();
        if (!mine.isEmpty()) {
            organisationId = mine.get(0).getId();
            load();
        }
    }

    public void load() {
        if (organisationId == null) {
            return;
        }
        Organisation organisation = organisations.get(organisationId);
        newKato = organisation.getRegionCode();
        facilities = organisations.facilitiesOf(organisationId);
        generator = generators.ofOrganisation(organisationId).orElse(null);
        declared = new ArrayList<>();
        if (generator != null) {
            generator.getFacilities().forEach(f -> declared.add(String.valueOf(f.getId())));
            contact = generator.getContact();
        }
        List<Passport> all = new ArrayList<>();
        if (generator != null) {
            for (Facility f : generator.getFacilities()) {
                all.addAll(passports.ofFacility(f.getId()));
            }
        }
        passportList = all;
        inventoryList = inventories.ofOrganisation(organisationId);
        prtrYears = generators.prtrYears(organisationId);
        if (inventoryFacilityId == null && generator != null && !generator.getFacilities().isEmpty()) {
            inventoryFacilityId = generator.getFacilities().get(0).getId();
        }
    }

    public void addFacility() {
        try {
            Facility added = generators.addFacility(organisationId, new FacilityInput(newName, null, newKato, newLatitude, newLongitude,
                    null, null, newCategory));
            declared.add(String.valueOf(added.getId()));
            facilities = organisations.facilitiesOf(organisationId);
            newName = null;
            newLatitude = null;
            newLongitude = null;
            Messages.done("hazardous.registration.facilityAdded");
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
    }

    public void save() {
        try {
            generators.saveRegistration(organisationId, declared.stream().map(Long::valueOf).toList(), contact);
            load();
            Messages.done("hazardous.registration.saved");
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
    }

    public void submit() {
        try {
            Generator saved = generators.saveRegistration(organisationId, declared.stream().map(Long::valueOf).toList(), contact);
            generators.submit(saved.getId(), saved.getLockVersion());
            load();
            Messages.done("hazardous.registration.submitted");
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
    }

    public String createInventory() {
        try {
            Report report = inventories.create(inventoryFacilityId, inventoryYear, inventoryCode);
            return "/filing/report?faces-redirect=true&id=" + report.getId();
        } catch (BusinessException e) {
            Messages.error(null, e);
            return null;
        }
    }

    public void startFromLastYear() {
        try {
            List<Report> created = inventories.startFromLastYear(inventoryFacilityId, inventoryYear);
            load();
            Messages.done("hazardous.inventory.startedFromLastYear", created.size());
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
    }

    public boolean isSubmittable() {
        return generator == null || generator.getStatus().editable();
    }

    public List<KatoUnit> getRegions() {
        return reference.regions();
    }

    public List<String> getCategories() {
        return List.of("I", "II", "III", "IV");
    }

    public String facilityName(Long facilityId) {
        return facilities.stream().filter(f -> f.getId().equals(facilityId)).map(Facility::getName).findFirst().orElse(String.valueOf(facilityId));
    }

    public List<Organisation> getMine() {
        return mine;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Generator getGenerator() {
        return generator;
    }

    public List<Facility> getFacilities() {
        return facilities;
    }

    public List<Facility> getDeclaredFacilities() {
        return generator == null ? List.of() : generator.getFacilities();
    }

    public List<String> getDeclared() {
        return declared;
    }

    public void setDeclared(List<String> declared) {
        this.declared = declared == null ? new ArrayList<>() : new ArrayList<>(declared);
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
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

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewKato() {
        return newKato;
    }

    public void setNewKato(String newKato) {
        this.newKato = newKato;
    }

    public BigDecimal getNewLatitude() {
        return newLatitude;
    }

    public void setNewLatitude(BigDecimal newLatitude) {
        this.newLatitude = newLatitude;
    }

    public BigDecimal getNewLongitude() {
        return newLongitude;
    }

    public void setNewLongitude(BigDecimal newLongitude) {
        this.newLongitude = newLongitude;
    }

    public String getNewCategory() {
        return newCategory;
    }

    public void setNewCategory(String newCategory) {
        this.newCategory = newCategory;
    }

    public Long getInventoryFacilityId() {
        return inventoryFacilityId;
    }

    public void setInventoryFacilityId(Long inventoryFacilityId) {
        this.inventoryFacilityId = inventoryFacilityId;
    }

    public Integer getInventoryYear() {
        return inventoryYear;
    }

    public void setInventoryYear(Integer inventoryYear) {
        this.inventoryYear = inventoryYear;
    }

    public String getInventoryCode() {
        return inventoryCode;
    }

    public void setInventoryCode(String inventoryCode) {
        this.inventoryCode = inventoryCode;
    }
}
