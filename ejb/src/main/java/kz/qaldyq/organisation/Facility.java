package kz.qaldyq.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Objects;
import kz.qaldyq.platform.BusinessException;

/**
 * A site of an organisation where waste is sorted, processed, recovered, buried or generated. A landfill has a class
 * (EC art. 349: 1 hazardous, 2 non-hazardous, 3 municipal solid waste).
 */
@Entity
@Table(name = "facility")
@NamedQuery(name = "Facility.findByOrganisation", query = "select f from Facility f where f.organisation.id = :organisationId order by f.name")
public class Facility {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "facility_seq")
    @SequenceGenerator(name = "facility_seq", sequenceName = "facility_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FacilityType type;

    @Column(name = "kato_code", nullable = false)
    private String katoCode;

    private BigDecimal latitude;
    private BigDecimal longitude;

    @Column(name = "landfill_class")
    private Integer landfillClass;

    @Column(name = "design_capacity")
    private BigDecimal designCapacity;

    @Column(name = "env_category")
    private String environmentalCategory;

    private boolean active = true;

    @Version
    private int version;

    protected Facility() {
    }

    public Facility(Organisation organisation, FacilityInput input) {
        this.organisation = Objects.requireNonNull(organisation);
        describe(input);
    }

    public void describe(FacilityInput input) {
        if (input.name() == null || input.name().isBlank()) {
            throw new BusinessException("facility.nameRequired");
        }
        if (input.type() == null) {
            throw new BusinessException("facility.typeRequired");
        }
        if (input.type() == FacilityType.LANDFILL && input.landfillClass() == null) {
            throw new BusinessException("facility.landfillClassRequired");
        }
        if (input.landfillClass() != null && (input.landfillClass() < 1 || input.landfillClass() > 3)) {
            throw new BusinessException("facility.landfillClassRange", input.landfillClass());
        }
        if (input.designCapacity() != null && input.designCapacity().signum() < 0) {
            throw new BusinessException("facility.capacityNegative");
        }
        // Kazakhstan lies within 40-56 N, 46-88 E: a point outside is a typing error, not a facility
        if (input.latitude() != null && (input.latitude().doubleValue() < 40 || input.latitude().doubleValue() > 56)
                || input.longitude() != null && (input.longitude().doubleValue() < 46 || input.longitude().doubleValue() > 88)) {
            throw new BusinessException("facility.coordinatesOutside");
        }
        this.name = input.name().strip();
        this.type = input.type();
        this.katoCode = input.katoCode();
        this.latitude = input.latitude();
        this.longitude = input.longitude();
        this.landfillClass = input.type() == FacilityType.LANDFILL ? input.landfillClass() : null;
        this.designCapacity = input.designCapacity();
        this.environmentalCategory = input.environmentalCategory();
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getName() {
        return name;
    }

    public FacilityType getType() {
        return type;
    }

    public String getKatoCode() {
        return katoCode;
    }

    public String getRegionCode() {
        return katoCode.substring(0, 2) + "0000000";
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public Integer getLandfillClass() {
        return landfillClass;
    }

    public BigDecimal getDesignCapacity() {
        return designCapacity;
    }

    public String getEnvironmentalCategory() {
        return environmentalCategory;
    }

    public boolean isActive() {
        return active;
    }

    public int getVersion() {
        return version;
    }
}
