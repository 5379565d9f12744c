package kz.qaldyq.web.registry.hazardous;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.qaldyq.organisation.Facility;
import kz.qaldyq.organisation.OrganisationService;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.NotFoundException;
import kz.qaldyq.reference.HazardousProperty;
import kz.qaldyq.reference.ReferenceService;
import kz.qaldyq.registry.hazardous.HazardousEvent;
import kz.qaldyq.registry.hazardous.Passport;
import kz.qaldyq.registry.hazardous.PassportInput;
import kz.qaldyq.registry.hazardous.PassportService;
import kz.qaldyq.web.CurrentUserBacking;
import kz.qaldyq.web.Messages;

/**
 * hazardous/passport.xhtml: a new passport ({@code ?facility=}) or a passport ({@code ?id=}) with its versions; the
 * facility's organisation files it and revises it (a revision needs a reason and becomes the next version).
 */
@Named("hazardousPassport")
@ViewScoped
public class PassportBacking implements Serializable {

    /** A composition row as edited. */
    public static final class ComponentRow implements Serializable {
        private String component;
        private BigDecimal percent;

        public String getComponent() {
            return component;
        }

        public void setComponent(String component) {
            this.component = component;
        }

        public BigDecimal getPercent() {
            return percent;
        }

        public void setPercent(BigDecimal percent) {
            this.percent = percent;
        }
    }

    @Inject
    private PassportService passports;
    @Inject
    private OrganisationService organisations;
    @Inject
    private ReferenceService reference;
    @Inject
    private CurrentUserBacking currentUser;

    private Long id;
    private Long facilityId;
    private Facility facility;
    private Passport passport;
    private List<Passport> versions = List.of();
    private List<HazardousEvent> history = List.of();

    private String wasteCode;
    private String wasteName;
    private PassportInput.OriginKind originKind = PassportInput.OriginKind.PROCESS;
    private String origin;
    private String productName;
    private List<String> properties = new ArrayList<>();
    private List<ComponentRow> components = new ArrayList<>();
    private String labName;
    private String labProtocolNo;
    private LocalDate labProtocolDate;
    private String managementMethods;
    private String precautions;
    private String transportRequirements;
    private String emergencyMeasures;
    private String extraInformation;
    private LocalDate firstGenerated;
    private String reason;

    /** f:viewAction. */
    public void load() {
        if (id != null) {
            passport = passports.get(id);
            facility = passport.getFacility();
            facilityId = facility.getId();
            versions = passports.versions(id);
            history = passports.history(id);
            fill(passport.toInput());
        } else if (facilityId != null) {
            facility = organisations.getFacility(facilityId);
            components.add(new ComponentRow());
        } else {
            throw new NotFoundException("passport", "");
        }
    }

    private void fill(PassportInput in) {
        wasteCode = in.wasteCode();
        wasteName = in.wasteName();
        originKind = in.originKind();
        origin = in.origin();
        productName = in.productName();
        properties = new ArrayList<>(in.properties());
        components = new ArrayList<>();
        for (PassportInput.Component c : in.components()) {
            ComponentRow row = new ComponentRow();
            row.component = c.component();
            row.percent = c.percent();
            components.add(row);
        }
        labName = in.labName();
        labProtocolNo = in.labProtocolNo();
        labProtocolDate = in.labProtocolDate();
        managementMethods = in.managementMethods();
        precautions = in.precautions();
        transportRequirements = in.transportRequirements();
        emergencyMeasures = in.emergencyMeasures();
        extraInformation = in.extraInformation();
        firstGenerated = in.firstGenerated();
    }

    private PassportInput input() {
        return new PassportInput(facilityId, wasteCode, wasteName, originKind, origin, productName, properties,
                components.stream().map(c -> new PassportInput.Component(c.component, c.percent)).toList(), labName, labProtocolNo,
                labProtocolDate, managementMethods, precautions, transportRequirements, emergencyMeasures, extraInformation,
                firstGenerated);
    }

    public String file() {
        try {
            Passport filed = passports.file(input());
            Messages.info(filed.isLate() ? "hazardous.passport.filedLate" : "hazardous.passport.filed");
            return "/hazardous/passport?faces-redirect=true&id=" + filed.getId();
        } catch (BusinessException e) {
            Messages.error(null, e);
            return null;
        }
    }

    public String revise() {
        try {
            Passport next = passports.revise(passport.getId(), input(), reason);
            Messages.info("hazardous.passport.revised", next.getVersionNo());
            return "/hazardous/passport?faces-redirect=true&id=" + next.getId();
        } catch (BusinessException e) {
            Messages.error(null, e);
            return null;
        }
    }

    public void addComponent() {
        components.add(new ComponentRow());
    }

    public void removeComponent(ComponentRow row) {
        components.remove(row);
    }

    /** The facility's organisation edits: a new passport, or a revision of the current version. */
    public boolean isEditable() {
        boolean ownOrganisation = currentUser.is("enterprise");
        return ownOrganisation && (passport == null || passport.isCurrentVersion());
    }

    public boolean isNew() {
        return passport == null;
    }

    public List<HazardousProperty> getPropertyChoices() {
        return reference.hazardousProperties();
    }

    public PassportInput.OriginKind[] getOriginKinds() {
        return PassportInput.OriginKind.values();
    }

    public BigDecimal getCompositionTotal() {
        return components.stream().map(ComponentRow::getPercent).filter(p -> p != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getFacilityId() {
        return facilityId;
    }

    public void setFacilityId(Long facilityId) {
        this.facilityId = facilityId;
    }

    public Facility getFacility() {
        return facility;
    }

    public Passport getPassport() {
        return passport;
    }

    public List<Passport> getVersions() {
        return versions;
    }

    public List<HazardousEvent> getHistory() {
        return history;
    }

    public String getWasteCode() {
        return wasteCode;
    }

    public void setWasteCode(String wasteCode) {
        this.wasteCode = wasteCode;
    }

    public String getWasteName() {
        return wasteName;
    }

    public void setWasteName(String wasteName) {
        this.wasteName = wasteName;
    }

    public PassportInput.OriginKind getOriginKind() {
        return originKind;
    }

    public void setOriginKind(PassportInput.OriginKind originKind) {
        this.originKind = originKind;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }

    public String getProductName() {
        return productName;
    }

    public void setProductName(String productName) {
        this.productName = productName;
    }

    public List<String> getProperties() {
        return properties;
    }

    public void setProperties(List<String> properties) {
        this.properties = properties == null ? new ArrayList<>() : new ArrayList<>(properties);
    }

    public List<ComponentRow> getComponents() {
        return components;
    }

    public String getLabName() {
        return labName;
    }

    public void setLabName(String labName) {
        this.labName = labName;
    }

    public String getLabProtocolNo() {
        return labProtocolNo;
    }

    public void setLabProtocolNo(String labProtocolNo) {
        this.labProtocolNo = labProtocolNo;
    }

    public LocalDate getLabProtocolDate() {
        return labProtocolDate;
    }

    public void setLabProtocolDate(LocalDate labProtocolDate) {
        this.labProtocolDate = labProtocolDate;
    }

    public String getManagementMethods() {
        return managementMethods;
    }

    public void setManagementMethods(String managementMethods) {
        this.managementMethods = managementMethods;
    }

    public String getPrecautions() {
        return precautions;
    }

    public void setPrecautions(String precautions) {
        this.precautions = precautions;
    }

    public String getTransportRequirements() {
        return transportRequirements;
    }

    public void setTransportRequirements(String transportRequirements) {
        this.transportRequirements = transportRequirements;
    }

    public String getEmergencyMeasures() {
        return emergencyMeasures;
    }

    public void setEmergencyMeasures(String emergencyMeasures) {
        this.emergencyMeasures = emergencyMeasures;
    }

    public String getExtraInformation() {
        return extraInformation;
    }

    public void setExtraInformation(String extraInformation) {
        this.extraInformation = extraInformation;
    }

    public LocalDate getFirstGenerated() {
        return firstGenerated;
    }

    public void setFirstGenerated(LocalDate firstGenerated) {
        this.firstGenerated = firstGenerated;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
