package kz.qaldyq.registry.historical;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.qaldyq.organisation.Bin;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.MessageKey;

/**
 * An object of historical pollution (EC art. 142): accumulated damage to lands and waters from past activity, or an
 * ownerless waste site or construction. Guards its lifecycle: the akimat describes it only while identified, assessed
 * or refused; it is submitted only with every item of {@link AssessmentItem}; the ministry's decisions follow the
 * order IDENTIFIED → ASSESSED → SUBMITTED_TO_MINISTRY → INCLUDED | REFUSED → CATEGORISED → LIQUIDATION → MONITORING,
 * and an object in the register may be EXCLUDED with a reason.
 */
@Entity
@Table(name = "historical_object")
public class HistoricalObject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "historical_object_seq")
    @SequenceGenerator(name = "historical_object_seq", sequenceName = "historical_object_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private BigDecimal latitude;
    @Column(nullable = false)
    private BigDecimal longitude;
    @Column(name = "boundary_geojson")
    private String boundaryGeoJson;
    @Column(name = "district_code", nullable = false)
    private String districtCode;
    @Column(name = "region_code", nullable = false)
    private String regionCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ObjectType type;

    @Column(name = "origin_activity")
    private String originActivity;
    @Column(name = "origin_period")
    private String originPeriod;
    @Enumerated(EnumType.STRING)
    private Ownership ownership;
    @Column(name = "owner_bin")
    private String ownerBin;
    @Column(name = "owner_name")
    private String ownerName;
    @Enumerated(EnumType.STRING)
    @Column(name = "court_status")
    private CourtStatus courtStatus;
    @Column(name = "works_required")
    private String worksRequired;
    @Column(name = "contractor_bin")
    private String contractorBin;
    @Column(name = "contractor_licence")
    private String contractorLicence;
    @Column(name = "survey_started_on")
    private LocalDate surveyStartedOn;
    @Column(name = "survey_completed_on")
    private LocalDate surveyCompletedOn;

    @OneToMany(mappedBy = "object", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("sortOrder")
    private List<Pollutant> pollutants = new ArrayList<>();
    @Column(name = "affected_area_ha")
    private BigDecimal affectedAreaHa;
    @Enumerated(EnumType.STRING)
    @Column(name = "land_category")
    private LandCategory landCategory;
    @Enumerated(EnumType.STRING)
    @Column(name = "water_category")
    private WaterCategory waterCategory;
    @Enumerated(EnumType.STRING)
    @Column(name = "impact_level")
    private ImpactLevel impactLevel;
    private boolean migration;
    @Column(name = "drinking_water_threat")
    private boolean drinkingWaterThreat;
    @Column(name = "treaty_assessed")
    private boolean treatyAssessed;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "historical_treaty_substance", joinColumns = @JoinColumn(name = "object_id"))
    @OrderColumn(name = "sort_order")
    private List<TreatySubstance> treatySubstances = new ArrayList<>();
    @Column(name = "population_in_zone")
    private Integer populationInZone;
    @Column(name = "population_under_threat")
    private Integer populationUnderThreat;
    @Column(name = "public_description")
    private String publicDescription;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HistoricalStatus status;
    @Column(name = "status_reason")
    private String statusReason;
    @Column(name = "received_on")
    private LocalDate receivedOn;
    @Column(name = "included_on")
    private LocalDate includedOn;
    private Integer category;
    @Column(name = "queue_position")
    private Integer queuePosition;
    @Enumerated(EnumType.STRING)
    @Column(name = "liquidation_stage")
    private LiquidationStage liquidationStage;
    @Column(name = "liquidation_started_on")
    private LocalDate liquidationStartedOn;
    @Column(name = "project_approved_on")
    private LocalDate projectApprovedOn;
    @Column(name = "works_started_on")
    private LocalDate worksStartedOn;
    @Column(name = "acceptance_act_on")
    private LocalDate acceptanceActOn;
    @Column(name = "monitoring_started_on")
    private LocalDate monitoringStartedOn;
    @Column(name = "out_of_queue_justification")
    private String outOfQueueJustification;

    private boolean demo;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;
    @Version
    private int version;

    protected HistoricalObject() {
    }

    /** A newly identified object in the district's region, described as far as known. */
    public HistoricalObject(String regionCode, HistoricalObjectInput input, String by) {
        this.regionCode = Objects.requireNonNull(regionCode);
        this.status = HistoricalStatus.IDENTIFIED;
        this.createdAt = Instant.now();
        this.createdBy = by;
        apply(input, by);
    }

    /** Changes the description; refused once the object has gone to the ministry. */
    public void describe(HistoricalObjectInput input, String by) {
        if (!status.editable()) {
            throw new BusinessException("historical.notEditable", statusKey());
        }
        if (input.districtCode() != null && !input.districtCode().startsWith(regionCode.substring(0, 2))) {
            throw new BusinessException("historical.otherRegion", input.districtCode());
        }
        apply(input, by);
    }

    private void apply(HistoricalObjectInput in, String by) {
        if (in.name() == null || in.name().isBlank()) {
            throw new BusinessException("historical.nameRequired");
        }
        if (in.type() == null) {
            throw new BusinessException("historical.typeRequired");
        }
        if (in.districtCode() == null || !in.districtCode().matches("[0-9]{9}")) {
            throw new BusinessException("kato.format", String.valueOf(in.districtCode()));
        }
        if (in.latitude() == null || in.longitude() == null
                || in.latitude().compareTo(BigDecimal.valueOf(40)) < 0 || in.latitude().compareTo(BigDecimal.valueOf(56)) > 0
                || in.longitude().compareTo(BigDecimal.valueOf(46)) < 0 || in.longitude().compareTo(BigDecimal.valueOf(88)) > 0) {
            throw new BusinessException("facility.coordinatesOutside");
        }
        if (in.surveyStartedOn() != null && in.surveyCompletedOn() != null && in.surveyCompletedOn().isBefore(in.surveyStartedOn())) {
            throw new BusinessException("historical.surveyDates");
        }
        if (in.affectedAreaHa() != null && in.affectedAreaHa().signum() <= 0) {
            throw new BusinessException("historical.areaPositive");
        }
        if (negative(in.populationInZone()) || negative(in.populationUnderThreat())) {
            throw new BusinessException("historical.populationNegative");
        }
        for (int i = 0; i < in.pollutants().size(); i++) {
            in.pollutants().get(i).check(i + 1);
        }
        for (TreatySubstance t : in.treatySubstances()) {
            if (t.getSubstance() == null || t.getSubstance().isBlank() || t.getTreaty() == null) {
                throw new BusinessException("historical.treatySubstanceIncomplete");
            }
        }
        name = in.name().strip();
        districtCode = in.districtCode();
        latitude = in.latitude();
        longitude = in.longitude();
        boundaryGeoJson = blankToNull(in.boundaryGeoJson());
        type = in.type();
        originActivity = blankToNull(in.originActivity());
        originPeriod = blankToNull(in.originPeriod());
        ownership = in.ownership();
        // a person's IIN never reaches the register: an owner is a legal entity by BIN [P]
        ownerBin = in.ownership() == Ownership.OWNED && blankToNull(in.ownerBin()) != null ? Bin.of(in.ownerBin()).value() : null;
        ownerName = in.ownership() == Ownership.OWNED ? blankToNull(in.ownerName()) : null;
        courtStatus = in.ownership() == Ownership.OWNERLESS ? in.courtStatus() : null;
        worksRequired = blankToNull(in.worksRequired());
        contractorBin = blankToNull(in.contractorBin()) == null ? null : Bin.of(in.contractorBin()).value();
        contractorLicence = blankToNull(in.contractorLicence());
        surveyStartedOn = in.surveyStartedOn();
        surveyCompletedOn = in.surveyCompletedOn();
        pollutants.clear();
        for (int i = 0; i < in.pollutants().size(); i++) {
            pollutants.add(new Pollutant(this, i, in.pollutants().get(i)));
        }
        affectedAreaHa = in.affectedAreaHa();
        landCategory = in.landCategory();
        waterCategory = in.waterCategory();
        impactLevel = in.impactLevel();
        migration = in.migration();
        drinkingWaterThreat = in.drinkingWaterThreat();
        treatyAssessed = in.treatyAssessed() || !in.treatySubstances().isEmpty();
        treatySubstances.clear();
        in.treatySubstances().forEach(t -> treatySubstances.add(new TreatySubstance(t.getSubstance().strip(), t.getTreaty())));
        populationInZone = in.populationInZone();
        populationUnderThreat = in.populationUnderThreat();
        publicDescription = blankToNull(in.publicDescription());
        touch(by);
    }

    /** What a submission still lacks (EC art. 143(4) and Order No. 329); empty when the object can be submitted. */
    public List<AssessmentItem> missingItems() {
        List<AssessmentItem> missing = new ArrayList<>();
        if (pollutants.isEmpty()) {
            missing.add(AssessmentItem.POLLUTANTS);
        }
        if (affectedAreaHa == null || landCategory == null || waterCategory == null) {
            missing.add(AssessmentItem.AREA);
        }
        if (impactLevel == null) {
            missing.add(AssessmentItem.IMPACT);
        }
        if (!treatyAssessed) {
            missing.add(AssessmentItem.TREATY_SUBSTANCES);
        }
        if (populationInZone == null) {
            missing.add(AssessmentItem.POPULATION_IN_ZONE);
        }
        if (populationUnderThreat == null) {
            missing.add(AssessmentItem.POPULATION_UNDER_THREAT);
        }
        if (originActivity == null || originPeriod == null) {
            missing.add(AssessmentItem.ORIGIN);
        }
        if (ownership == null || ownership == Ownership.OWNED && ownerBin == null || ownership == Ownership.OWNERLESS && courtStatus == null) {
            missing.add(AssessmentItem.OWNERSHIP);
        }
        if (worksRequired == null) {
            missing.add(AssessmentItem.WORKS_REQUIRED);
        }
        return missing;
    }

    /**
     * IDENTIFIED while items are missing, ASSESSED once the assessment is complete; answers the state before, so the
     * caller can record a change. A refused object keeps its state until it is submitted again.
     */
    public HistoricalStatus reassess(String by) {
        HistoricalStatus before = status;
        if (status == HistoricalStatus.IDENTIFIED || status == HistoricalStatus.ASSESSED) {
            status = missingItems().isEmpty() ? HistoricalStatus.ASSESSED : HistoricalStatus.IDENTIFIED;
            touch(by);
        }
        return before;
    }

    /** Sends the materials to the ministry; the 30 working days of EC art. 143(5) run from {@code receivedOn}. */
    public void submit(LocalDate receivedOn, String by) {
        if (!status.editable()) {
            throw new BusinessException("historical.notSubmittable", statusKey());
        }
        List<AssessmentItem> missing = missingItems();
        if (!missing.isEmpty()) {
            throw new IncompleteAssessmentException(missing);
        }
        status = HistoricalStatus.SUBMITTED_TO_MINISTRY;
        this.receivedOn = receivedOn;
        statusReason = null;
        touch(by);
    }

    public void include(LocalDate on, String by) {
        require(HistoricalStatus.SUBMITTED_TO_MINISTRY);
        status = HistoricalStatus.INCLUDED;
        includedOn = on;
        touch(by);
    }

    public void refuse(String reason, String by) {
        require(HistoricalStatus.SUBMITTED_TO_MINISTRY);
        status = HistoricalStatus.REFUSED;
        statusReason = requireReason(reason);
        touch(by);
    }

    /** Priority category (1 the most urgent) and position in the liquidation queue; may be changed until liquidation. */
    public void categorise(int newCategory, int newQueuePosition, String by) {
        if (status != HistoricalStatus.INCLUDED && status != HistoricalStatus.CATEGORISED) {
            throw new BusinessException("historical.wrongState", statusKey());
        }
        if (newCategory < 1 || newCategory > 3) {
            throw new BusinessException("historical.categoryRange", newCategory);
        }
        if (newQueuePosition < 1) {
            throw new BusinessException("historical.queuePositive", newQueuePosition);
        }
        status = HistoricalStatus.CATEGORISED;
        category = newCategory;
        queuePosition = newQueuePosition;
        touch(by);
    }

    /** Starts liquidation with the survey; out of queue order only with a justification, which is kept. */
    public void startLiquidation(LocalDate on, boolean outOfQueue, String justification, String by) {
        require(HistoricalStatus.CATEGORISED);
        if (outOfQueue) {
            outOfQueueJustification = requireReason(justification);
        }
        status = HistoricalStatus.LIQUIDATION;
        liquidationStage = LiquidationStage.SURVEY;
        liquidationStartedOn = Objects.requireNonNull(on);
        touch(by);
    }

    /** Records the next liquidation stage reached on a date; stages are not skipped. */
    public LiquidationStage advanceLiquidation(LocalDate on, String by) {
        require(HistoricalStatus.LIQUIDATION);
        LiquidationStage next = liquidationStage.next();
        if (next == null) {
            throw new BusinessException("historical.lastStage");
        }
        Objects.requireNonNull(on);
        switch (next) {
            case PROJECT_APPROVED -> projectApprovedOn = on;
            case WORKS -> worksStartedOn = on;
            case ACCEPTANCE_ACT -> acceptanceActOn = on;
            default -> throw new IllegalStateException(next.name());
        }
        liquidationStage = next;
        touch(by);
        return next;
    }

    /** After the acceptance act the site is monitored. */
    public void startMonitoring(LocalDate on, String by) {
        require(HistoricalStatus.LIQUIDATION);
        if (liquidationStage != LiquidationStage.ACCEPTANCE_ACT) {
            throw new BusinessException("historical.acceptanceActFirst");
        }
        status = HistoricalStatus.MONITORING;
        monitoringStartedOn = Objects.requireNonNull(on);
        touch(by);
    }

    public void exclude(String reason, String by) {
        if (!status.inRegister()) {
            throw new BusinessException("historical.wrongState", statusKey());
        }
        statusReason = requireReason(reason);
        status = HistoricalStatus.EXCLUDED;
        touch(by);
    }

    /** Amounts added up per unit: tonnes with tonnes, cubic metres with cubic metres, never across units. */
    public Map<AmountUnit, BigDecimal> totalsByUnit() {
        Map<AmountUnit, BigDecimal> totals = new EnumMap<>(AmountUnit.class);
        pollutants.forEach(p -> totals.merge(p.getUnit(), p.getAmount(), BigDecimal::add));
        return totals;
    }

    /** Whether the ministry's decision on inclusion is still awaited. */
    public boolean awaitsDecision() {
        return status == HistoricalStatus.SUBMITTED_TO_MINISTRY;
    }

    private void require(HistoricalStatus expected) {
        if (status != expected) {
            throw new BusinessException("historical.wrongState", statusKey());
        }
    }

    private MessageKey statusKey() {
        return new MessageKey("HistoricalStatus." + status.name());
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("historical.reasonRequired");
        }
        return reason.strip();
    }

    private void touch(String by) {
        updatedAt = Instant.now();
        updatedBy = by;
    }

    private static boolean negative(Integer value) {
        return value != null && value < 0;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public HistoricalObjectInput toInput() {
        return new HistoricalObjectInput(name, districtCode, latitude, longitude, boundaryGeoJson, type, originActivity,
                originPeriod, ownership, ownerBin, ownerName, courtStatus, worksRequired, contractorBin, contractorLicence,
                surveyStartedOn, surveyCompletedOn, pollutants.stream().map(Pollutant::toInput).toList(), affectedAreaHa,
                landCategory, waterCategory, impactLevel, migration, drinkingWaterThreat, treatyAssessed,
                List.copyOf(treatySubstances), populationInZone, populationUnderThreat, publicDescription);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public String getBoundaryGeoJson() {
        return boundaryGeoJson;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public ObjectType getType() {
        return type;
    }

    public String getOriginActivity() {
        return originActivity;
    }

    public String getOriginPeriod() {
        return originPeriod;
    }

    public Ownership getOwnership() {
        return ownership;
    }

    public String getOwnerBin() {
        return ownerBin;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public CourtStatus getCourtStatus() {
        return courtStatus;
    }

    public String getWorksRequired() {
        return worksRequired;
    }

    public String getContractorBin() {
        return contractorBin;
    }

    public String getContractorLicence() {
        return contractorLicence;
    }

    public LocalDate getSurveyStartedOn() {
        return surveyStartedOn;
    }

    public LocalDate getSurveyCompletedOn() {
        return surveyCompletedOn;
    }

    public List<Pollutant> getPollutants() {
        return List.copyOf(pollutants);
    }

    public BigDecimal getAffectedAreaHa() {
        return affectedAreaHa;
    }

    public LandCategory getLandCategory() {
        return landCategory;
    }

    public WaterCategory getWaterCategory() {
        return waterCategory;
    }

    public ImpactLevel getImpactLevel() {
        return impactLevel;
    }

    public boolean isMigration() {
        return migration;
    }

    public boolean isDrinkingWaterThreat() {
        return drinkingWaterThreat;
    }

    public boolean isTreatyAssessed() {
        return treatyAssessed;
    }

    public List<TreatySubstance> getTreatySubstances() {
        return List.copyOf(treatySubstances);
    }

    public Integer getPopulationInZone() {
        return populationInZone;
    }

    public Integer getPopulationUnderThreat() {
        return populationUnderThreat;
    }

    public String getPublicDescription() {
        return publicDescription;
    }

    public HistoricalStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public LocalDate getIncludedOn() {
        return includedOn;
    }

    public Integer getCategory() {
        return category;
    }

    public Integer getQueuePosition() {
        return queuePosition;
    }

    public LiquidationStage getLiquidationStage() {
        return liquidationStage;
    }

    public LocalDate getLiquidationStartedOn() {
        return liquidationStartedOn;
    }

    public LocalDate getProjectApprovedOn() {
        return projectApprovedOn;
    }

    public LocalDate getWorksStartedOn() {
        return worksStartedOn;
    }

    public LocalDate getAcceptanceActOn() {
        return acceptanceActOn;
    }

    public LocalDate getMonitoringStartedOn() {
        return monitoringStartedOn;
    }

    public String getOutOfQueueJustification() {
        return outOfQueueJustification;
    }

    public boolean isDemo() {
        return demo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public int getVersion() {
        return version;
    }
}
