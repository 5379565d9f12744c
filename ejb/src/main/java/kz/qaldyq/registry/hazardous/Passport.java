package kz.qaldyq.registry.hazardous;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kz.qaldyq.organisation.Facility;
import kz.qaldyq.platform.BusinessException;

/**
 * One version of the passport of a hazardous waste of a facility (EC art. 343). A revision is a new version with its
 * reason; the earlier versions stay, no longer current. A passport filed more than three months after the waste was
 * first generated is marked late (never refused).
 */
@Entity
@Table(name = "hazardous_passport")
public class Passport {

    /** EC art. 343: the passport is filed within three months of the waste's first generation. */
    public static final int FILING_MONTHS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hazardous_passport_seq")
    @SequenceGenerator(name = "hazardous_passport_seq", sequenceName = "hazardous_passport_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "facility_id")
    private Facility facility;

    @Column(name = "waste_code", nullable = false)
    private String wasteCode;
    @Column(name = "version_no", nullable = false)
    private int versionNo;
    @Column(name = "current_version", nullable = false)
    private boolean currentVersion;
    private boolean withdrawn;

    @Column(name = "waste_name", nullable = false)
    private String wasteName;
    @Enumerated(EnumType.STRING)
    @Column(name = "origin_kind", nullable = false)
    private PassportInput.OriginKind originKind;
    @Column(nullable = false)
    private String origin;
    @Column(name = "product_name")
    private String productName;
    @Column(name = "lab_name")
    private String labName;
    @Column(name = "lab_protocol_no")
    private String labProtocolNo;
    @Column(name = "lab_protocol_date")
    private LocalDate labProtocolDate;
    @Column(name = "management_methods")
    private String managementMethods;
    private String precautions;
    @Column(name = "transport_requirements")
    private String transportRequirements;
    @Column(name = "emergency_measures")
    private String emergencyMeasures;
    @Column(name = "extra_information")
    private String extraInformation;
    @Column(name = "first_generated", nullable = false)
    private LocalDate firstGenerated;
    @Column(name = "filed_on", nullable = false)
    private LocalDate filedOn;
    private boolean late;
    @Column(name = "revision_reason")
    private String revisionReason;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    private boolean demo;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "hazardous_passport_property", joinColumns = @JoinColumn(name = "passport_id"))
    @Column(name = "property_code")
    private Set<String> properties = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "hazardous_passport_component", joinColumns = @JoinColumn(name = "passport_id"))
    @OrderColumn(name = "sort_order")
    private List<PassportComponent> components = new ArrayList<>();

    protected Passport() {
    }

    /** The first version, filed today. */
    Passport(Facility facility, String wasteCode, PassportInput input, LocalDate today, String by) {
        this.facility = facility;
        this.wasteCode = wasteCode;
        this.versionNo = 1;
        this.currentVersion = true;
        this.filedOn = today;
        this.createdAt = Instant.now();
        this.createdBy = by;
        describe(input);
    }

    /** The next version of this passport; this one stays in the history, no longer current. */
    Passport revise(PassportInput input, String reason, String by) {
        if (!currentVersion) {
            throw new BusinessException("hazardous.passport.notCurrent", versionNo);
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("hazardous.passport.reasonRequired");
        }
        Passport next = new Passport();
        next.facility = facility;
        next.wasteCode = wasteCode;
        next.versionNo = versionNo + 1;
        next.currentVersion = true;
        next.filedOn = filedOn;
        next.revisionReason = reason.strip();
        next.createdAt = Instant.now();
        next.createdBy = by;
        next.describe(input);
        currentVersion = false;
        return next;
    }

    private void describe(PassportInput input) {
        if (input.wasteName() == null || input.wasteName().isBlank()) {
            throw new BusinessException("hazardous.passport.nameRequired");
        }
        if (input.originKind() == null || input.origin() == null || input.origin().isBlank()) {
            throw new BusinessException("hazardous.passport.originRequired");
        }
        if (input.originKind() == PassportInput.OriginKind.SPENT_PRODUCT && blank(input.productName())) {
            throw new BusinessException("hazardous.passport.productRequired");
        }
        if (input.firstGenerated() == null) {
            throw new BusinessException("hazardous.passport.firstGeneratedRequired");
        }
        if (input.firstGenerated().isAfter(filedOn)) {
            throw new BusinessException("hazardous.passport.firstGeneratedInFuture", input.firstGenerated().toString());
        }
        if (input.properties().isEmpty()) {
            throw new BusinessException("hazardous.passport.propertyRequired");
        }
        BigDecimal total = BigDecimal.ZERO;
        List<PassportComponent> rows = new ArrayList<>();
        for (PassportInput.Component c : input.components()) {
            if (blank(c.component()) && c.percent() == null) {
                continue;
            }
            if (blank(c.component()) || c.percent() == null || c.percent().signum() <= 0 || c.percent().compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new BusinessException("hazardous.passport.componentInvalid", String.valueOf(c.component()),
                        c.percent() == null ? "" : c.percent().toPlainString());
            }
            total = total.add(c.percent());
            rows.add(new PassportComponent(c.component().strip(), c.percent()));
        }
        if (total.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new BusinessException("hazardous.passport.compositionAbove100", total.stripTrailingZeros().toPlainString());
        }
        this.wasteName = input.wasteName().strip();
        this.originKind = input.originKind();
        this.origin = input.origin().strip();
        this.productName = strip(input.productName());
        this.labName = strip(input.labName());
        this.labProtocolNo = strip(input.labProtocolNo());
        this.labProtocolDate = input.labProtocolDate();
        this.managementMethods = strip(input.managementMethods());
        this.precautions = strip(input.precautions());
        this.transportRequirements = strip(input.transportRequirements());
        this.emergencyMeasures = strip(input.emergencyMeasures());
        this.extraInformation = strip(input.extraInformation());
        this.firstGenerated = input.firstGenerated();
        this.late = filedOn.isAfter(firstGenerated.plusMonths(FILING_MONTHS));
        this.properties.clear();
        this.properties.addAll(input.properties());
        this.components.clear();
        this.components.addAll(rows);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }

    /** What was entered, for a form that starts a revision from the current version. */
    public PassportInput toInput() {
        return new PassportInput(facility.getId(), wasteCode, wasteName, originKind, origin, productName, List.copyOf(properties),
                components.stream().map(c -> new PassportInput.Component(c.getComponent(), c.getPercent())).toList(), labName,
                labProtocolNo, labProtocolDate, managementMethods, precautions, transportRequirements, emergencyMeasures,
                extraInformation, firstGenerated);
    }

    /** Current and not withdrawn: what the inventory's passport rule counts. */
    public boolean isActive() {
        return currentVersion && !withdrawn;
    }

    public BigDecimal getCompositionTotal() {
        return components.stream().map(PassportComponent::getPercent).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Long getId() {
        return id;
    }

    public Facility getFacility() {
        return facility;
    }

    public String getWasteCode() {
        return wasteCode;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public boolean isCurrentVersion() {
        return currentVersion;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public String getWasteName() {
        return wasteName;
    }

    public PassportInput.OriginKind getOriginKind() {
        return originKind;
    }

    public String getOrigin() {
        return origin;
    }

    public String getProductName() {
        return productName;
    }

    public String getLabName() {
        return labName;
    }

    public String getLabProtocolNo() {
        return labProtocolNo;
    }

    public LocalDate getLabProtocolDate() {
        return labProtocolDate;
    }

    public String getManagementMethods() {
        return managementMethods;
    }

    public String getPrecautions() {
        return precautions;
    }

    public String getTransportRequirements() {
        return transportRequirements;
    }

    public String getEmergencyMeasures() {
        return emergencyMeasures;
    }

    public String getExtraInformation() {
        return extraInformation;
    }

    public LocalDate getFirstGenerated() {
        return firstGenerated;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public boolean isLate() {
        return late;
    }

    public String getRevisionReason() {
        return revisionReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<String> getProperties() {
        return List.copyOf(properties);
    }

    public List<PassportComponent> getComponents() {
        return List.copyOf(components);
    }
}
