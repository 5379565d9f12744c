package kz.qaldyq.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kz.qaldyq.organisation.Activity;
import kz.qaldyq.organisation.Facility;
import kz.qaldyq.organisation.FacilityInput;
import kz.qaldyq.organisation.FacilityType;
import kz.qaldyq.organisation.Organisation;
import kz.qaldyq.organisation.OrganisationInput;
import kz.qaldyq.organisation.OrganisationService;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.reference.KatoUnit;
import kz.qaldyq.reference.ReferenceService;
import kz.qaldyq.web.Messages;

/** admin/organisation.xhtml: register a new organisation, or edit one and its facilities ({@code ?id=}). */
@Named
@ViewScoped
public class OrganisationBacking implements Serializable {

    @Inject
    private OrganisationService organisations;
    @Inject
    private ReferenceService reference;

    private Long id;
    private int loadedVersion;
    private String bin;
    private String nameKk;
    private String nameRu;
    private String nameEn;
    private String katoCode;
    private String address;
    private List<String> activities = new ArrayList<>();
    private List<Facility> facilities = List.of();
    private List<KatoUnit> regions;

    private String facilityName;
    private FacilityType facilityType;
    private String facilityKato;
    private BigDecimal facilityLatitude;
    private BigDecimal facilityLongitude;
    private Integer facilityLandfillClass;
    private BigDecimal facilityCapacity;
    private String facilityCategory;

    /** f:viewAction: loads the organisation named by the id parameter, or prepares a blank one. */
    public void load() {
        regions = reference.regions();
        if (id != null) {
            Organisation organisation = organisations.get(id);
            loadedVersion = organisation.getVersion();
            bin = organisation.getBinValue();
            nameKk = organisation.getName().getKk();
            nameRu = organisation.getName().getRu();
            nameEn = organisation.getName().getEn();
            katoCode = organisation.getKatoCode();
            address = organisation.getAddress();
            activities = new ArrayList<>(organisation.getActivities().stream().map(Enum::name).sorted().toList());
            facilities = organisations.facilitiesOf(id);
            facilityKato = katoCode;
        }
    }

    public String save() {
        OrganisationInput input = new OrganisationInput(bin, nameKk, nameRu, nameEn, katoCode, address, activitySet());
        try {
            if (id == null) {
                Organisation created = organisations.register(input);
                Messages.info("admin_organisation.saved");
                return "/admin/organisation?faces-redirect=true&id=" + created.getId();
            }
            Organisation saved = organisations.update(id, loadedVersion, input);
            loadedVersion = saved.getVersion();
            Messages.info("admin_organisation.saved");
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
        return null;
    }

    public void addFacility() {
        try {
            organisations.addFacility(id, new FacilityInput(facilityName, facilityType, facilityKato, facilityLatitude,
                    facilityLongitude, facilityLandfillClass, facilityCapacity, facilityCategory));
            facilities = organisations.facilitiesOf(id);
            facilityName = null;
            facilityType = null;
            facilityLatitude = null;
            facilityLongitude = null;
            facilityLandfillClass = null;
            facilityCapacity = null;
            facilityCategory = null;
            Messages.info("admin_organisation.facilityAdded");
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
    }

    private Set<Activity> activitySet() {
        Set<Activity> set = EnumSet.noneOf(Activity.class);
        if (activities != null) {
            activities.forEach(a -> set.add(Activity.valueOf(a)));
        }
        return set;
    }

    public boolean isNew() {
        return id == null;
    }

    public Activity[] getAllActivities() {
        return Activity.values();
    }

    public FacilityType[] getFacilityTypes() {
        return FacilityType.values();
    }

    public List<KatoUnit> getRegions() {
        return regions;
    }

    public List<Facility> getFacilities() {
        return facilities;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getBin() {
        return bin;
    }

    public void setBin(String bin) {
        this.bin = bin;
    }

    public String getNameKk() {
        return nameKk;
    }

    public void setNameKk(String nameKk) {
        this.nameKk = nameKk;
    }

    public String getNameRu() {
        return nameRu;
    }

    public void setNameRu(String nameRu) {
        this.nameRu = nameRu;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getKatoCode() {
        return katoCode;
    }

    public void setKatoCode(String katoCode) {
        this.katoCode = katoCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public List<String> getActivities() {
        return activities;
    }

    public void setActivities(List<String> activities) {
        this.activities = activities;
    }

    public String getFacilityName() {
        return facilityName;
    }

    public void setFacilityName(String facilityName) {
        this.facilityName = facilityName;
    }

    public FacilityType getFacilityType() {
        return facilityType;
    }

    public void setFacilityType(FacilityType facilityType) {
        this.facilityType = facilityType;
    }

    public String getFacilityKato() {
        return facilityKato;
    }

    public void setFacilityKato(String facilityKato) {
        this.facilityKato = facilityKato;
    }

    public BigDecimal getFacilityLatitude() {
        return facilityLatitude;
    }

    public void setFacilityLatitude(BigDecimal facilityLatitude) {
        this.facilityLatitude = facilityLatitude;
    }

    public BigDecimal getFacilityLongitude() {
        return facilityLongitude;
    }

    public void setFacilityLongitude(BigDecimal facilityLongitude) {
        this.facilityLongitude = facilityLongitude;
    }

    public Integer getFacilityLandfillClass() {
        return facilityLandfillClass;
    }

    public void setFacilityLandfillClass(Integer facilityLandfillClass) {
        this.facilityLandfillClass = facilityLandfillClass;
    }

    public BigDecimal getFacilityCapacity() {
        return facilityCapacity;
    }

    public void setFacilityCapacity(BigDecimal facilityCapacity) {
        this.facilityCapacity = facilityCapacity;
    }

    public String getFacilityCategory() {
        return facilityCategory;
    }

    public void setFacilityCategory(String facilityCategory) {
        this.facilityCategory = facilityCategory;
    }
}
