package kz.qaldyq.registry.historical;

import static kz.qaldyq.platform.Roles.ADMIN;
import static kz.qaldyq.platform.Roles.AKIMAT;
import static kz.qaldyq.platform.Roles.MINISTRY;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.qaldyq.audit.AuditService;
import kz.qaldyq.organisation.DataScope;
import kz.qaldyq.platform.AccessDeniedException;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.ConcurrentChangeException;
import kz.qaldyq.platform.NotFoundException;
import kz.qaldyq.platform.Page;
import kz.qaldyq.reference.ReferenceService;
import kz.qaldyq.reference.WorkingDays;
import kz.qaldyq.registry.historical.HistoricalEvent.Action;

/**
 * The register's work: the akimat of the object's region records, assesses and submits it; only the ministry includes,
 * refuses, categorises and excludes (EC art. 143); liquidation stages are recorded by either. Every transition is a
 * {@link HistoricalEvent} with the named user, and the data scope is checked here, whatever page or API asked.
 */
@Stateless
public class HistoricalRegisterService {

    /** EC art. 143(5): the ministry decides within 30 working days of receiving the materials. */
    public static final int DECISION_WORKING_DAYS = 30;
    public static final int MAX_PAGE = 200;
    static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");
    private static final Set<String> GEOMETRIES = Set.of("Polygon", "MultiPolygon");

    @Inject
    private HistoricalObjectRepository repository;
    @Inject
    private DataScope scope;
    @Inject
    private ReferenceService reference;
    @Inject
    private AuditService audit;

    @RolesAllowed(AKIMAT)
    public HistoricalObject create(HistoricalObjectInput input) {
        String region = regionOf(input.districtCode());
        requireOwnRegion(region);
        checkBoundary(input.boundaryGeoJson());
        HistoricalObject object = new HistoricalObject(region, input, scope.username());
        repository.persist(object);
        repository.flush();
        record(object, Action.CREATED, null, HistoricalStatus.IDENTIFIED, null);
        reassess(object);
        return object;
    }

    /** Saves a description loaded at {@code loadedVersion}; refused when someone saved the object in between. */
    @RolesAllowed(AKIMAT)
    public HistoricalObject update(long id, int loadedVersion, HistoricalObjectInput input) {
        HistoricalObject object = editable(id, loadedVersion);
        checkBoundary(input.boundaryGeoJson());
        object.describe(input, scope.username());
        record(object, Action.CHANGED, object.getStatus(), object.getStatus(), null);
        reassess(object);
        repository.flush();
        return object;
    }

    /** Sends the object to the ministry; refused with the list of what is missing (EC art. 143(4)). */
    @RolesAllowed(AKIMAT)
    public HistoricalObject submit(long id, int loadedVersion) {
        HistoricalObject object = editable(id, loadedVersion);
        HistoricalStatus from = object.getStatus();
        object.submit(today(), scope.username());
        record(object, Action.SUBMITTED, from, object.getStatus(), null);
        repository.flush();
        return object;
    }

    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public HistoricalObject get(long id) {
        HistoricalObject object = find(id);
        if (!scope.isNational()) {
            requireOwnRegion(object.getRegionCode());
        }
        return object;
    }

    /** The caller's objects: an akimat's region, the whole country for the ministry; awaited decisions first. */
    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public Page<HistoricalObject> list(HistoricalStatus status, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        if (scope.isNational()) {
            return repository.findAll(status, Math.max(0, offset), size);
        }
        String region = scope.callerRegion().orElseThrow(() -> new AccessDeniedException("scope.noRegion"));
        return repository.findForRegion(region, status, Math.max(0, offset), size);
    }

    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public List<HistoricalEvent> history(long id) {
        get(id);
        return repository.history(id);
    }

    @RolesAllowed(MINISTRY)
    public HistoricalObject include(long id, int loadedVersion, String comment) {
        HistoricalObject object = loaded(id, loadedVersion);
        HistoricalStatus from = object.getStatus();
        object.include(today(), scope.username());
        record(object, Action.INCLUDED, from, object.getStatus(), blankToNull(comment));
        return flushed(object);
    }

    @RolesAllowed(MINISTRY)
    public HistoricalObject refuse(long id, int loadedVersion, String reason) {
        HistoricalObject object = loaded(id, loadedVersion);
        HistoricalStatus from = object.getStatus();
        object.refuse(reason, scope.username());
        record(object, Action.REFUSED, from, object.getStatus(), object.getStatusReason());
        return flushed(object);
    }

    @RolesAllowed(MINISTRY)
    public HistoricalObject categorise(long id, int loadedVersion, int category, int queuePosition) {
        HistoricalObject object = loaded(id, loadedVersion);
        HistoricalStatus from = object.getStatus();
        object.categorise(category, queuePosition, scope.username());
        record(object, Action.CATEGORISED, from, object.getStatus(), category + "/" + queuePosition);
        return flushed(object);
    }

    @RolesAllowed(MINISTRY)
    public HistoricalObject exclude(long id, int loadedVersion, String reason) {
        HistoricalObject object = loaded(id, loadedVersion);
        HistoricalStatus from = object.getStatus();
        object.exclude(reason, scope.username());
        record(object, Action.EXCLUDED, from, object.getStatus(), object.getStatusReason());
        return flushed(object);
    }

    /**
     * Starts liquidation with the survey. Objects before this one in the national queue (category, then position)
     * that still wait make it a start out of order, which needs a justification; it is kept and recorded.
     */
    @RolesAllowed({AKIMAT, MINISTRY})
    public HistoricalObject startLiquidation(long id, int loadedVersion, LocalDate on, String justification) {
        HistoricalObject object = loadedInScope(id, loadedVersion);
        HistoricalStatus from = object.getStatus();
        boolean outOfQueue = object.getStatus() == HistoricalStatus.CATEGORISED && repository.countAheadInQueue(object) > 0;
        if (outOfQueue && (justification == null || justification.isBlank())) {
            throw new BusinessException("historical.outOfQueue", object.getCategory(), object.getQueuePosition());
        }
        object.startLiquidation(dateOrToday(on), outOfQueue, justification, scope.username());
        record(object, Action.LIQUIDATION_STARTED, from, object.getStatus(), outOfQueue ? object.getOutOfQueueJustification() : null);
        return flushed(object);
    }

    @RolesAllowed({AKIMAT, MINISTRY})
    public HistoricalObject advanceLiquidation(long id, int loadedVersion, LocalDate on, String comment) {
        HistoricalObject object = loadedInScope(id, loadedVersion);
        LiquidationStage stage = object.advanceLiquidation(dateOrToday(on), scope.username());
        record(object, Action.STAGE_REACHED, object.getStatus(), object.getStatus(),
                stage.name() + (blankToNull(comment) == null ? "" : ": " + comment.strip()));
        return flushed(object);
    }

    @RolesAllowed({AKIMAT, MINISTRY})
    public HistoricalObject startMonitoring(long id, int loadedVersion, LocalDate on) {
        HistoricalObject object = loadedInScope(id, loadedVersion);
        HistoricalStatus from = object.getStatus();
        object.startMonitoring(dateOrToday(on), scope.username());
        record(object, Action.MONITORING_STARTED, from, object.getStatus(), null);
        return flushed(object);
    }

    /** Attaches a PDF or image (checked by its content, at most 5 MB); internal unless said otherwise. */
    @RolesAllowed({AKIMAT, MINISTRY})
    public DocumentInfo addDocument(long id, String name, byte[] content, boolean internal) {
        HistoricalObject object = get(id);
        HistoricalDocument document = new HistoricalDocument(object.getId(), name, content, internal, scope.username());
        repository.persist(document);
        record(object, Action.DOCUMENT_ADDED, object.getStatus(), object.getStatus(), document.getName());
        repository.flush();
        return new DocumentInfo(document.getId(), document.getName(), document.getContentType(), document.getSizeBytes(),
                document.isInternal(), document.getUploadedAt(), document.getUploadedBy());
    }

    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public List<DocumentInfo> documents(long id) {
        get(id);
        return repository.documents(id);
    }

    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public HistoricalDocument document(long id, long documentId) {
        get(id);
        return repository.findDocument(id, documentId).orElseThrow(() -> new NotFoundException("document", documentId));
    }

    /**
     * Where the ministry's decision stands on {@code today} (EC art. 143(5)): due date, working days left, overdue;
     * empty when no decision is awaited.
     */
    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public Optional<WorkingDays.Countdown> decisionCountdown(HistoricalObject object, LocalDate today) {
        if (!object.awaitsDecision() || object.getReceivedOn() == null) {
            return Optional.empty();
        }
        return Optional.of(reference.workingDays().countdown(object.getReceivedOn(), DECISION_WORKING_DAYS, today));
    }

    /** The countdowns of a page of objects, the holiday calendar read once; objects awaiting no decision are left out. */
    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public Map<Long, WorkingDays.Countdown> decisionCountdowns(List<HistoricalObject> objects, LocalDate today) {
        WorkingDays calendar = null;
        Map<Long, WorkingDays.Countdown> countdowns = new HashMap<>();
        for (HistoricalObject object : objects) {
            if (object.awaitsDecision() && object.getReceivedOn() != null) {
                calendar = calendar == null ? reference.workingDays() : calendar;
                countdowns.put(object.getId(), calendar.countdown(object.getReceivedOn(), DECISION_WORKING_DAYS, today));
            }
        }
        return countdowns;
    }

    public static LocalDate today() {
        return LocalDate.now(KAZAKHSTAN);
    }

    private void reassess(HistoricalObject object) {
        HistoricalStatus before = object.reassess(scope.username());
        if (before != object.getStatus()) {
            record(object, before == HistoricalStatus.IDENTIFIED ? Action.ASSESSED : Action.CHANGED, before, object.getStatus(), null);
        }
    }

    private HistoricalObject editable(long id, int loadedVersion) {
        HistoricalObject object = find(id);
        if (!scope.is(AKIMAT)) {
            throw new AccessDeniedException("scope.region", object.getRegionCode());
        }
        requireOwnRegion(object.getRegionCode());
        requireVersion(object, loadedVersion);
        return object;
    }

    private HistoricalObject loaded(long id, int loadedVersion) {
        HistoricalObject object = find(id);
        requireVersion(object, loadedVersion);
        return object;
    }

    private HistoricalObject loadedInScope(long id, int loadedVersion) {
        HistoricalObject object = get(id);
        requireVersion(object, loadedVersion);
        return object;
    }

    private static void requireVersion(HistoricalObject object, int loadedVersion) {
        if (object.getVersion() != loadedVersion) {
            throw new ConcurrentChangeException(object.getUpdatedBy(), object.getUpdatedAt());
        }
    }

    private void requireOwnRegion(String regionCode) {
        if (!scope.callerRegion().map(regionCode::equals).orElse(false)) {
            throw new AccessDeniedException("scope.region", regionCode);
        }
    }

    private HistoricalObject find(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("historicalObject", id));
    }

    private String regionOf(String districtCode) {
        if (districtCode == null || !districtCode.matches("[0-9]{9}")) {
            throw new BusinessException("kato.format", String.valueOf(districtCode));
        }
        String region = districtCode.substring(0, 2) + "0000000";
        return reference.findKato(region).map(k -> k.getCode())
                .orElseThrow(() -> new BusinessException("kato.unknown", districtCode));
    }

    /** An optional boundary: a GeoJSON Polygon or MultiPolygon object (a bare geometry, as RFC 7946 writes it). */
    private static void checkBoundary(String geoJson) {
        if (geoJson == null || geoJson.isBlank()) {
            return;
        }
        try (JsonReader reader = Json.createReader(new StringReader(geoJson))) {
            JsonObject geometry = reader.readObject();
            if (!GEOMETRIES.contains(geometry.getString("type", "")) || !geometry.containsKey("coordinates")) {
                throw new BusinessException("historical.boundary");
            }
        } catch (JsonException | ClassCastException e) {
            throw new BusinessException("historical.boundary");
        }
    }

    private void record(HistoricalObject object, Action action, HistoricalStatus from, HistoricalStatus to, String comment) {
        repository.persist(new HistoricalEvent(object.getId(), scope.username(), action, from, to, comment));
        audit.record("HISTORICAL_" + action.name(), "HistoricalObject", object.getId(), comment);
    }

    private HistoricalObject flushed(HistoricalObject object) {
        repository.flush();
        return object;
    }

    private static LocalDate dateOrToday(LocalDate on) {
        return on == null ? today() : on;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
