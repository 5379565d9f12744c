package kz.qaldyq.web.registry.historical;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.MessageKey;
import kz.qaldyq.reference.KatoUnit;
import kz.qaldyq.reference.ReferenceService;
import kz.qaldyq.reference.WorkingDays;
import kz.qaldyq.registry.historical.AmountUnit;
import kz.qaldyq.registry.historical.AssessmentItem;
import kz.qaldyq.registry.historical.CourtStatus;
import kz.qaldyq.registry.historical.DocumentInfo;
import kz.qaldyq.registry.historical.HistoricalDocument;
import kz.qaldyq.registry.historical.HistoricalEvent;
import kz.qaldyq.registry.historical.HistoricalObject;
import kz.qaldyq.registry.historical.HistoricalObjectInput;
import kz.qaldyq.registry.historical.HistoricalRegisterService;
import kz.qaldyq.registry.historical.HistoricalStatus;
import kz.qaldyq.registry.historical.ImpactLevel;
import kz.qaldyq.registry.historical.LandCategory;
import kz.qaldyq.registry.historical.Medium;
import kz.qaldyq.registry.historical.ObjectType;
import kz.qaldyq.registry.historical.Ownership;
import kz.qaldyq.registry.historical.PollutantInput;
import kz.qaldyq.registry.historical.PollutantKind;
import kz.qaldyq.registry.historical.Treaty;
import kz.qaldyq.registry.historical.TreatySubstance;
import kz.qaldyq.registry.historical.WaterCategory;
import kz.qaldyq.web.CurrentUserBacking;
import kz.qaldyq.web.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * historical/object.xhtml ({@code ?id=}, none for a new object): the akimat describes the object with the six
 * assessment items and submits it; the ministry includes, refuses, categorises or excludes it; either records the
 * liquidation stages. The page decides nothing: the service refuses what the caller may not do.
 */
@Named
@ViewScoped
public class HistoricalObjectBacking implements Serializable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Asia/Almaty"));

    @Inject
    private HistoricalRegisterService register;
    @Inject
    private ReferenceService reference;
    @Inject
    private CurrentUserBacking currentUser;

    private Long id;
    private HistoricalObject object;
    private List<HistoricalEvent> history = List.of();
    private List<DocumentInfo> documents = List.of();
    private WorkingDays.Countdown countdown;

    private String name;
    private String districtCode;
    private String latitude;
    private String longitude;
    private String boundaryGeoJson;
    private ObjectType type;
    private String originActivity;
    private String originPeriod;
    private Ownership ownership;
    private String ownerBin;
    private String ownerName;
    private CourtStatus courtStatus;
    private String worksRequired;
    private String contractorBin;
    private String contractorLicence;
    private LocalDate surveyStartedOn;
    private LocalDate surveyCompletedOn;
    private List<PollutantRow> pollutants = new ArrayList<>();
    private String affectedAreaHa;
    private LandCategory landCategory;
    private WaterCategory waterCategory;
    private ImpactLevel impactLevel;
    private boolean migration;
    private boolean drinkingWaterThreat;
    private boolean treatyAssessed;
    private List<TreatyRow> treatySubstances = new ArrayList<>();
    private String populationInZone;
    private String populationUnderThreat;
    private String publicDescription;

    private String comment;
    private Integer category;
    private Integer queuePosition;
    private LocalDate stageDate;
    private transient UploadedFile upload;
    private boolean uploadInternal = true;

    /** f:viewAction: loads the object named by the id parameter (within the caller's scope), or a blank one. */
    public void load() {
        if (id == null) {
            if (pollutants.isEmpty()) {
                pollutants.add(new PollutantRow());
            }
            return;
        }
        object = register.get(id);
        history = register.history(id);
        documents = register.documents(id);
        countdown = register.decisionCountdown(object, HistoricalRegisterService.today()).orElse(null);
        category = object.getCategory();
        queuePosition = object.getQueuePosition();
        fill(object.toInput());
    }

    private void fill(HistoricalObjectInput in) {
        name = in.name();
        districtCode = in.districtCode();
        latitude = plain(in.latitude());
        longitude = plain(in.longitude());
        boundaryGeoJson = in.boundaryGeoJson();
        type = in.type();
        originActivity = in.originActivity();
        originPeriod = in.originPeriod();
        ownership = in.ownership();
        ownerBin = in.ownerBin();
        ownerName = in.ownerName();
        courtStatus = in.courtStatus();
        worksRequired = in.worksRequired();
        contractorBin = in.contractorBin();
        contractorLicence = in.contractorLicence();
        surveyStartedOn = in.surveyStartedOn();
        surveyCompletedOn = in.surveyCompletedOn();
        pollutants = new ArrayList<>(in.pollutants().stream().map(PollutantRow::of).toList());
        if (pollutants.isEmpty()) {
            pollutants.add(new PollutantRow());
        }
        affectedAreaHa = plain(in.affectedAreaHa());
        landCategory = in.landCategory();
        waterCategory = in.waterCategory();
        impactLevel = in.impactLevel();
        migration = in.migration();
        drinkingWaterThreat = in.drinkingWaterThreat();
        treatyAssessed = in.treatyAssessed();
        treatySubstances = new ArrayList<>(in.treatySubstances().stream().map(TreatyRow::of).toList());
        populationInZone = in.populationInZone() == null ? null : String.valueOf(in.populationInZone());
        populationUnderThreat = in.populationUnderThreat() == null ? null : String.valueOf(in.populationUnderThreat());
        publicDescription = in.publicDescription();
    }

    private HistoricalObjectInput input() {
        List<PollutantInput> rows = pollutants.stream().filter(r -> !r.isBlank())
                .map(r -> new PollutantInput(r.kind, r.code, r.medium, decimal(r.amount, "historical.pollutant.amount"), r.unit)).toList();
        List<TreatySubstance> treaty = treatySubstances.stream().filter(r -> r.substance != null && !r.substance.isBlank())
                .map(r -> new TreatySubstance(r.substance, r.treaty)).toList();
        return new HistoricalObjectInput(name, districtCode == null ? null : districtCode.strip(),
                decimal(latitude, "historical.latitude"), decimal(longitude, "historical.longitude"), boundaryGeoJson, type,
                originActivity, originPeriod, ownership, ownerBin, ownerName, courtStatus, worksRequired, contractorBin,
                contractorLicence, surveyStartedOn, surveyCompletedOn, rows, decimal(affectedAreaHa, "historical.area"),
                landCategory, waterCategory, impactLevel, migration, drinkingWaterThreat, treatyAssessed, treaty,
                integer(populationInZone, "historical.populationInZone"),
                integer(populationUnderThreat, "historical.populationUnderThreat"), publicDescription);
    }

    public String save() {
        try {
            HistoricalObject saved = id == null ? register.create(input()) : register.update(id, object.getVersion(), input());
            Messages.info("historical_object.saved");
            return reopen(saved.getId());
        } catch (BusinessException e) {
            Messages.error(null, e);
            return null;
        }
    }

    /** Saves what is on the page, then submits it; refused with the list of missing items. */
    public String submit() {
        try {
            HistoricalObject saved = register.update(id, object.getVersion(), input());
            register.submit(saved.getId(), saved.getVersion());
            Messages.info("historical_object.submitted");
            return reopen(id);
        } catch (BusinessException e) {
            Messages.error(null, e);
            object = register.get(id);
            return null;
        }
    }

    public String include() {
        return decide(() -> register.include(id, object.getVersion(), comment), "historical_object.included");
    }

    public String refuse() {
        return decide(() -> register.refuse(id, object.getVersion(), comment), "historical_object.refused");
    }

    public String categorise() {
        return decide(() -> register.categorise(id, object.getVersion(), category == null ? 0 : category,
                queuePosition == null ? 0 : queuePosition), "historical_object.categorised");
    }

    public String exclude() {
        return decide(() -> register.exclude(id, object.getVersion(), comment), "historical_object.excluded");
    }

    public String startLiquidation() {
        return decide(() -> register.startLiquidation(id, object.getVersion(), stageDate, comment), "historical_object.stageRecorded");
    }

    public String advanceLiquidation() {
        return decide(() -> register.advanceLiquidation(id, object.getVersion(), stageDate, comment), "historical_object.stageRecorded");
    }

    public String startMonitoring() {
        return decide(() -> register.startMonitoring(id, object.getVersion(), stageDate), "historical_object.stageRecorded");
    }

    public String uploadDocument() {
        if (upload == null || upload.getSize() == 0) {
            Messages.error(null, new BusinessException("document.empty"));
            return null;
        }
        return decide(() -> register.addDocument(id, upload.getFileName(), upload.getContent(), uploadInternal), "historical_object.documentAdded");
    }

    public StreamedContent download(long documentId) {
        HistoricalDocument document = register.document(id, documentId);
        return DefaultStreamedContent.builder().name(document.getName()).contentType(document.getContentType())
                .stream(() -> new ByteArrayInputStream(document.getContent())).build();
    }

    private String decide(Runnable action, String confirmation) {
        try {
            action.run();
            Messages.info(confirmation);
            return reopen(id);
        } catch (BusinessException e) {
            Messages.error(null, e);
            return null;
        }
    }

    private static String reopen(Long objectId) {
        return "/historical/object?faces-redirect=true&id=" + objectId;
    }

    public void addPollutant() {
        pollutants.add(new PollutantRow());
    }

    public void removePollutant(PollutantRow row) {
        pollutants.remove(row);
    }

    public void addTreatySubstance() {
        treatySubstances.add(new TreatyRow());
    }

    public void removeTreatySubstance(TreatyRow row) {
        treatySubstances.remove(row);
    }

    /** The items a submission still lacks, in the user's language. */
    public List<String> getMissing() {
        if (object == null) {
            return List.of();
        }
        Locale locale = Messages.currentLocale();
        return object.missingItems().stream().map(i -> Messages.text(locale, "AssessmentItem." + i.name())).toList();
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isEditable() {
        return currentUser.is("akimat") && (object == null || object.getStatus().editable());
    }

    public boolean isSubmittable() {
        return currentUser.is("akimat") && object != null && object.getStatus().editable();
    }

    public boolean isDecidable() {
        return currentUser.is("ministry") && object != null && object.getStatus() == HistoricalStatus.SUBMITTED_TO_MINISTRY;
    }

    public boolean isCategorisable() {
        return currentUser.is("ministry") && object != null
                && (object.getStatus() == HistoricalStatus.INCLUDED || object.getStatus() == HistoricalStatus.CATEGORISED);
    }

    public boolean isExcludable() {
        return currentUser.is("ministry") && object != null && object.getStatus().inRegister();
    }

    public boolean isLiquidating() {
        return (currentUser.is("akimat") || currentUser.is("ministry")) && object != null
                && (object.getStatus() == HistoricalStatus.CATEGORISED || object.getStatus() == HistoricalStatus.LIQUIDATION);
    }

    public boolean isDocumentsAllowed() {
        return (currentUser.is("akimat") || currentUser.is("ministry")) && object != null;
    }

    public String statusText() {
        return object == null ? "" : HistoricalObjectsBacking.statusText(Messages.currentLocale(), object);
    }

    public String getRegionName() {
        return object == null ? "" : reference.findKato(object.getRegionCode()).map(k -> k.nameIn(Messages.currentLocale()))
                .orElse(object.getRegionCode());
    }

    public String date(LocalDate day) {
        return day == null ? "" : HistoricalObjectsBacking.DATE.format(day);
    }

    /** A moment of the history in Kazakhstan's time. */
    public String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    public List<KatoUnit> getRegions() {
        return reference.regions();
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    /** A number as typed: a decimal comma (the Kazakh and Russian habit) or a point, spaces as thousands separators. */
    static BigDecimal decimal(String typed, String fieldKey) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.replace('\u00a0', ' ').replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new BusinessException("number.invalid", new MessageKey(fieldKey), typed);
        }
    }

    static Integer integer(String typed, String fieldKey) {
        BigDecimal value = decimal(typed, fieldKey);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw new BusinessException("number.invalid", new MessageKey(fieldKey), typed);
        }
    }

    /** One row of assessment item 1 as the form edits it. */
    public static class PollutantRow implements Serializable {
        private PollutantKind kind = PollutantKind.SUBSTANCE;
        private String code;
        private Medium medium = Medium.SOIL;
        private String amount;
        private AmountUnit unit = AmountUnit.T;

        static PollutantRow of(PollutantInput in) {
            PollutantRow row = new PollutantRow();
            row.kind = in.kind();
            row.code = in.code();
            row.medium = in.medium();
            row.amount = plain(in.amount());
            row.unit = in.unit();
            return row;
        }

        boolean isBlank() {
            return (code == null || code.isBlank()) && (amount == null || amount.isBlank());
        }

        public PollutantKind getKind() {
            return kind;
        }

        public void setKind(PollutantKind kind) {
            this.kind = kind;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public Medium getMedium() {
            return medium;
        }

        public void setMedium(Medium medium) {
            this.medium = medium;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }

        public AmountUnit getUnit() {
            return unit;
        }

        public void setUnit(AmountUnit unit) {
            this.unit = unit;
        }
    }

    /** One hazardous substance under a treaty (assessment item 4) as the form edits it. */
    public static class TreatyRow implements Serializable {
        private String substance;
        private Treaty treaty = Treaty.STOCKHOLM;

        static TreatyRow of(TreatySubstance in) {
            TreatyRow row = new TreatyRow();
            row.substance = in.getSubstance();
            row.treaty = in.getTreaty();
            return row;
        }

        public String getSubstance() {
            return substance;
        }

        public void setSubstance(String substance) {
            this.substance = substance;
        }

        public Treaty getTreaty() {
            return treaty;
        }

        public void setTreaty(Treaty treaty) {
            this.treaty = treaty;
        }
    }

    public ObjectType[] getTypes() {
        return ObjectType.values();
    }

    public Ownership[] getOwnerships() {
        return Ownership.values();
    }

    public CourtStatus[] getCourtStatuses() {
        return CourtStatus.values();
    }

    public LandCategory[] getLandCategories() {
        return LandCategory.values();
    }

    public WaterCategory[] getWaterCategories() {
        return WaterCategory.values();
    }

    public ImpactLevel[] getImpactLevels() {
        return ImpactLevel.values();
    }

    public PollutantKind[] getPollutantKinds() {
        return PollutantKind.values();
    }

    public Medium[] getMedia() {
        return Medium.values();
    }

    public AmountUnit[] getUnits() {
        return AmountUnit.values();
    }

    public Treaty[] getTreaties() {
        return Treaty.values();
    }

    public AssessmentItem[] getItems() {
        return AssessmentItem.values();
    }

    public HistoricalObject getObject() {
        return object;
    }

    public List<HistoricalEvent> getHistory() {
        return history;
    }

    public List<DocumentInfo> getDocuments() {
        return documents;
    }

    public WorkingDays.Countdown getCountdown() {
        return countdown;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public void setDistrictCode(String districtCode) {
        this.districtCode = districtCode;
    }

    public String getLatitude() {
        return latitude;
    }

    public void setLatitude(String latitude) {
        this.latitude = latitude;
    }

    public String getLongitude() {
        return longitude;
    }

    public void setLongitude(String longitude) {
        this.longitude = longitude;
    }

    public String getBoundaryGeoJson() {
        return boundaryGeoJson;
    }

    public void setBoundaryGeoJson(String boundaryGeoJson) {
        this.boundaryGeoJson = boundaryGeoJson;
    }

    public ObjectType getType() {
        return type;
    }

    public void setType(ObjectType type) {
        this.type = type;
    }

    public String getOriginActivity() {
        return originActivity;
    }

    public void setOriginActivity(String originActivity) {
        this.originActivity = originActivity;
    }

    public String getOriginPeriod() {
        return originPeriod;
    }

    public void setOriginPeriod(String originPeriod) {
        this.originPeriod = originPeriod;
    }

    public Ownership getOwnership() {
        return ownership;
    }

    public void setOwnership(Ownership ownership) {
        this.ownership = ownership;
    }

    public String getOwnerBin() {
        return ownerBin;
    }

    public void setOwnerBin(String ownerBin) {
        this.ownerBin = ownerBin;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(String ownerName) {
        this.ownerName = ownerName;
    }

    public CourtStatus getCourtStatus() {
        return courtStatus;
    }

    public void setCourtStatus(CourtStatus courtStatus) {
        this.courtStatus = courtStatus;
    }

    public String getWorksRequired() {
        return worksRequired;
    }

    public void setWorksRequired(String worksRequired) {
        this.worksRequired = worksRequired;
    }

    public String getContractorBin() {
        return contractorBin;
    }

    public void setContractorBin(String contractorBin) {
        this.contractorBin = contractorBin;
    }

    public String getContractorLicence() {
        return contractorLicence;
    }

    public void setContractorLicence(String contractorLicence) {
        this.contractorLicence = contractorLicence;
    }

    public LocalDate getSurveyStartedOn() {
        return surveyStartedOn;
    }

    public void setSurveyStartedOn(LocalDate surveyStartedOn) {
        this.surveyStartedOn = surveyStartedOn;
    }

    public LocalDate getSurveyCompletedOn() {
        return surveyCompletedOn;
    }

    public void setSurveyCompletedOn(LocalDate surveyCompletedOn) {
        this.surveyCompletedOn = surveyCompletedOn;
    }

    public List<PollutantRow> getPollutants() {
        return pollutants;
    }

    public String getAffectedAreaHa() {
        return affectedAreaHa;
    }

    public void setAffectedAreaHa(String affectedAreaHa) {
        this.affectedAreaHa = affectedAreaHa;
    }

    public LandCategory getLandCategory() {
        return landCategory;
    }

    public void setLandCategory(LandCategory landCategory) {
        this.landCategory = landCategory;
    }

    public WaterCategory getWaterCategory() {
        return waterCategory;
    }

    public void setWaterCategory(WaterCategory waterCategory) {
        this.waterCategory = waterCategory;
    }

    public ImpactLevel getImpactLevel() {
        return impactLevel;
    }

    public void setImpactLevel(ImpactLevel impactLevel) {
        this.impactLevel = impactLevel;
    }

    public boolean isMigration() {
        return migration;
    }

    public void setMigration(boolean migration) {
        this.migration = migration;
    }

    public boolean isDrinkingWaterThreat() {
        return drinkingWaterThreat;
    }

    public void setDrinkingWaterThreat(boolean drinkingWaterThreat) {
        this.drinkingWaterThreat = drinkingWaterThreat;
    }

    public boolean isTreatyAssessed() {
        return treatyAssessed;
    }

    public void setTreatyAssessed(boolean treatyAssessed) {
        this.treatyAssessed = treatyAssessed;
    }

    public List<TreatyRow> getTreatySubstances() {
        return treatySubstances;
    }

    public String getPopulationInZone() {
        return populationInZone;
    }

    public void setPopulationInZone(String populationInZone) {
        this.populationInZone = populationInZone;
    }

    public String getPopulationUnderThreat() {
        return populationUnderThreat;
    }

    public void setPopulationUnderThreat(String populationUnderThreat) {
        this.populationUnderThreat = populationUnderThreat;
    }

    public String getPublicDescription() {
        return publicDescription;
    }

    public void setPublicDescription(String publicDescription) {
        this.publicDescription = publicDescription;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Integer getCategory() {
        return category;
    }

    public void setCategory(Integer category) {
        this.category = category;
    }

    public Integer getQueuePosition() {
        return queuePosition;
    }

    public void setQueuePosition(Integer queuePosition) {
        this.queuePosition = queuePosition;
    }

    public LocalDate getStageDate() {
        return stageDate;
    }

    public void setStageDate(LocalDate stageDate) {
        this.stageDate = stageDate;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public boolean isUploadInternal() {
        return uploadInternal;
    }

    public void setUploadInternal(boolean uploadInternal) {
        this.uploadInternal = uploadInternal;
    }
}
