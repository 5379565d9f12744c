package kz.qaldyq.indicator;

import static kz.qaldyq.platform.Roles.ADMIN;
import static kz.qaldyq.platform.Roles.AKIMAT;
import static kz.qaldyq.platform.Roles.MINISTRY;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.qaldyq.audit.AuditService;
import kz.qaldyq.organisation.DataScope;
import kz.qaldyq.platform.AccessDeniedException;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.ConcurrentChangeException;
import kz.qaldyq.platform.NotFoundException;
import kz.qaldyq.platform.Page;
import kz.qaldyq.reference.KatoUnit;
import kz.qaldyq.reference.ReferenceService;

/**
 * The indicators' values, computed on read from approved data only, nationally for the ministry and per region for
 * the ministry and the region's akimat; the ministry's decisions on them (official formula version, the frozen
 * baseline) with who and when.
 */
@Stateless
public class IndicatorService {

    /** The Concept's span: the 2025 base year and the targets of 2026-2030. */
    public static final int FIRST_YEAR = 2025;
    public static final int LAST_YEAR = 2030;
    public static final int MAX_PAGE = 200;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @PersistenceContext
    private EntityManager em;
    @Inject
    private DataScope scope;
    @Inject
    private ReferenceService reference;
    @Inject
    private AuditService audit;

    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public List<Indicator> indicators() {
        return em.createNamedQuery("Indicator.all", Indicator.class).getResultList();
    }

    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public Indicator indicator(int no) {
        return Optional.ofNullable(em.find(Indicator.class, no)).orElseThrow(() -> new NotFoundException("indicator", no));
    }

    /**
     * The indicators for a year, nationally ({@code regionCode} null: ministry and admin only) or for one region (its
     * akimat, the ministry, admin). {@code versions} picks a formula version per indicator to look at; an indicator
     * missing from it shows its official version.
     */
    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public Dashboard dashboard(int year, String regionCode, Map<Integer, Integer> versions) {
        requireView(regionCode);
        checkYear(year);
        Measures measures = new Measures(em);
        List<IndicatorCard> cards = new ArrayList<>();
        for (Indicator indicator : indicators()) {
            Formula formula = versions == null || !versions.containsKey(indicator.getNo()) ? indicator.official()
                    : indicator.formula(versions.get(indicator.getNo()));
            Map<Integer, Map<String, Measure>> data = measures.read(indicator.getNo(), formula, FIRST_YEAR, LAST_YEAR);
            Optional<BaselineState> baseline = baselineState(indicator, formula, frozenBaseline(indicator, formula), regionCode, data);
            List<IndicatorValue> series = new ArrayList<>();
            for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                series.add(value(indicator, formula, y, regionCode, data, baseline));
            }
            cards.add(new IndicatorCard(indicator, formula, series.get(year - FIRST_YEAR), series, baseline));
        }
        return new Dashboard(year, regionCode, cards);
    }

    /**
     * One indicator's value for a year in every region the caller may see (all twenty for the ministry, its own for an
     * akimat), in the classifier's order.
     */
    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public List<IndicatorValue> regions(int no, int year, Integer version) {
        checkYear(year);
        Indicator indicator = indicator(no);
        Formula formula = version == null ? indicator.official() : indicator.formula(version);
        Map<Integer, Map<String, Measure>> data = new Measures(em).read(no, formula, FIRST_YEAR, LAST_YEAR);
        Optional<String> own = scope.isNational() ? Optional.empty() : Optional.of(ownRegion());
        Optional<Baseline> frozen = frozenBaseline(indicator, formula);
        List<IndicatorValue> values = new ArrayList<>();
        for (KatoUnit region : reference.regions()) {
            if (own.isPresent() && !own.get().equals(region.getCode())) {
                continue;
            }
            values.add(value(indicator, formula, year, region.getCode(), data,
                    baselineState(indicator, formula, frozen, region.getCode(), data)));
        }
        return values;
    }

    /** A value's approved sources: the reports, entries or companies it was computed from, paged in the database. */
    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public Page<SourceRow> sources(int no, int year, String regionCode, Integer version, int first, int size) {
        requireView(regionCode);
        checkYear(year);
        Indicator indicator = indicator(no);
        Formula formula = version == null ? indicator.official() : indicator.formula(version);
        return new Sources(em).of(indicator.getNo(), formula, year, regionCode, Math.max(0, first), Math.min(Math.max(1, size), MAX_PAGE));
    }

    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public Optional<Baseline> baseline(int no, int version) {
        return em.createNamedQuery("Baseline.find", Baseline.class).setParameter("no", no).setParameter("version", version)
                .getResultStream().findFirst();
    }

    /**
     * Freezes the base-year values of a reduction indicator's formula version, nationally and per region, from the
     * approved data of now. Done once: a frozen baseline never changes; later corrections are shown against it.
     */
    @RolesAllowed(MINISTRY)
    public Baseline freezeBaseline(int no, int version, String note) {
        Indicator indicator = em.find(Indicator.class, no, LockModeType.PESSIMISTIC_WRITE);
        if (indicator == null) {
            throw new NotFoundException("indicator", no);
        }
        Formula formula = indicator.formula(version);
        int baseYear = indicator.baseYear().filter(y -> formula.getMethod().isReduction())
                .orElseThrow(() -> new BusinessException("indicator.baseline.notApplicable", no));
        if (baseline(no, version).isPresent()) {
            throw new BusinessException("indicator.baseline.alreadyFrozen", no, formula.label());
        }
        Map<String, Measure> byRegion = new Measures(em).read(no, formula, baseYear, baseYear).getOrDefault(baseYear, Map.of());
        if (byRegion.isEmpty()) {
            throw new BusinessException("indicator.baseline.noData", baseYear);
        }
        Baseline baseline = new Baseline(no, version, baseYear, byRegion, scope.username(), Instant.now(), note);
        em.persist(baseline);
        em.flush();
        audit.record("INDICATOR_BASELINE_FROZEN", "indicator", no, formula.label() + " " + baseYear + " = "
                + baseline.valueOf(null).map(v -> v.getValue().toPlainString()).orElse("-") + (note == null ? "" : " — " + note));
        return baseline;
    }

    /** Makes a formula version the official one of the indicator, with the reason on record. */
    @RolesAllowed(MINISTRY)
    public Indicator makeOfficial(int no, int version, int loadedLockVersion, String reason) {
        Indicator indicator = indicator(no);
        if (indicator.getLockVersion() != loadedLockVersion) {
            throw new ConcurrentChangeException(indicator.getFormulaChangedBy(), indicator.getFormulaChangedAt());
        }
        if (reason == null || reason.trim().length() < 10) {
            throw new BusinessException("indicator.formula.reasonRequired");
        }
        int previous = indicator.getOfficialFormula();
        indicator.makeOfficial(version, scope.username(), Instant.now());
        em.flush();
        audit.record("INDICATOR_FORMULA_CHOSEN", "indicator", no, "v" + previous + " → v" + version + " — " + reason.trim());
        return indicator;
    }

    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public List<RegionCentre> regionCentres() {
        List<?> rows = em.createNativeQuery("select region_code, latitude, longitude from region_centre order by region_code").getResultList();
        return rows.stream().map(o -> (Object[]) o)
                .map(r -> new RegionCentre((String) r[0], ((Number) r[1]).doubleValue(), ((Number) r[2]).doubleValue())).toList();
    }

    private IndicatorValue value(Indicator indicator, Formula formula, int year, String regionCode,
                                 Map<Integer, Map<String, Measure>> data, Optional<BaselineState> baseline) {
        Measure measure = measureOf(data, year, regionCode);
        BigDecimal target = indicator.target(year).orElse(null);
        BigDecimal value = null;
        BigDecimal base = null;
        if (!measure.isEmpty()) {
            if (formula.getMethod().isReduction()) {
                base = baseline.map(BaselineState::base).orElse(null);
                if (base != null && base.signum() > 0) {
                    value = base.subtract(measure.numerator()).multiply(HUNDRED).divide(base, 1, RoundingMode.HALF_UP);
                }
            } else if (measure.denominator().signum() > 0) {
                value = measure.numerator().multiply(HUNDRED).divide(measure.denominator(), 1, RoundingMode.HALF_UP);
            }
        }
        IndicatorStatus status = value == null ? IndicatorStatus.NO_DATA
                : target == null ? IndicatorStatus.NO_TARGET
                : value.compareTo(target) >= 0 ? IndicatorStatus.ON_TRACK : IndicatorStatus.BEHIND;
        return new IndicatorValue(indicator.getNo(), year, regionCode, formula.getVersion(), value,
                measure.isEmpty() ? null : measure, base, target, status);
    }

    /** The frozen baseline of a reduction formula, read once per call; empty for shares and before the freeze. */
    private Optional<Baseline> frozenBaseline(Indicator indicator, Formula formula) {
        return formula.getMethod().isReduction() && indicator.baseYear().isPresent()
                ? baseline(indicator.getNo(), formula.getVersion()) : Optional.empty();
    }

    private static Optional<BaselineState> baselineState(Indicator indicator, Formula formula, Optional<Baseline> frozen,
                                                         String regionCode, Map<Integer, Map<String, Measure>> data) {
        if (!formula.getMethod().isReduction() || indicator.baseYear().isEmpty()) {
            return Optional.empty();
        }
        int baseYear = indicator.baseYear().get();
        Measure live = measureOf(data, baseYear, regionCode);
        BigDecimal liveValue = live.isEmpty() ? null : live.numerator();
        return Optional.of(frozen
                .map(b -> new BaselineState(baseYear, true, b.getFrozenAt(), b.getFrozenBy(),
                        b.valueOf(regionCode).map(BaselineValue::getValue).orElse(null), liveValue))
                .orElseGet(() -> new BaselineState(baseYear, false, null, null, null, liveValue)));
    }

    private static Measure measureOf(Map<Integer, Map<String, Measure>> data, int year, String regionCode) {
        Map<String, Measure> ofYear = data.getOrDefault(year, Map.of());
        if (regionCode != null) {
            return ofYear.getOrDefault(regionCode, Measure.NONE);
        }
        return ofYear.values().stream().reduce(Measure.NONE, Measure::plus);
    }

    private void requireView(String regionCode) {
        if (regionCode == null) {
            if (!scope.isNational()) {
                throw new AccessDeniedException("scope.region", "KZ");
            }
            return;
        }
        reference.findKato(regionCode).filter(k -> k.getLevel() == KatoUnit.Level.REGION)
                .orElseThrow(() -> new NotFoundException("region", regionCode));
        scope.requireRegion(regionCode);
    }

    private String ownRegion() {
        return scope.callerRegion().orElseThrow(() -> new AccessDeniedException("scope.noRegion"));
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new BusinessException("indicator.yearOutOfRange", year, FIRST_YEAR, LAST_YEAR);
        }
    }
}
