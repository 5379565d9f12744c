package kz.qaldyq.registry.hazardous;

import static kz.qaldyq.platform.Roles.ADMIN;
import static kz.qaldyq.platform.Roles.AKIMAT;
import static kz.qaldyq.platform.Roles.ENTERPRISE;
import static kz.qaldyq.platform.Roles.MINISTRY;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.qaldyq.organisation.DataScope;
import kz.qaldyq.organisation.Facility;
import kz.qaldyq.organisation.FacilityInput;
import kz.qaldyq.organisation.FacilityType;
import kz.qaldyq.organisation.Organisation;
import kz.qaldyq.organisation.OrganisationService;
import kz.qaldyq.platform.AccessDeniedException;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.ConcurrentChangeException;
import kz.qaldyq.platform.LocalizedText;
import kz.qaldyq.platform.NotFoundException;
import kz.qaldyq.platform.Page;
import kz.qaldyq.reference.ReferenceService;

/**
 * Generators: an organisation registers its facilities as a hazardous-waste generator, the ministry registers it or
 * returns it with a comment (DOMAIN §4); the registry search pages in the database. An enterprise user touches only
 * its own organisations' entries; the ministry and the administrator read all; the akimat reads its region.
 */
@Stateless
public class GeneratorService {

    /** The form whose live reports the PRTR mark is computed from; its DETAIL_THRESHOLD rule holds the threshold. */
    static final String INVENTORY_FORM = "hazardous-inventory";

    @PersistenceContext
    private EntityManager em;
    @Inject
    private DataScope scope;
    @Inject
    private OrganisationService organisations;
    @Inject
    private ReferenceService reference;
    @Inject
    private HazardousRepository repository;

    /** The registration of the organisation, if it has one (in the caller's scope). */
    @RolesAllowed({ENTERPRISE, AKIMAT, MINISTRY, ADMIN})
    public Optional<Generator> ofOrganisation(long organisationId) {
        Organisation organisation = organisations.get(organisationId);
        scope.requireOrganisation(organisation);
        return find(organisationId);
    }

    @RolesAllowed({ENTERPRISE, AKIMAT, MINISTRY, ADMIN})
    public Generator get(long id) {
        Generator generator = em.find(Generator.class, id);
        if (generator == null) {
            throw new NotFoundException("generator", id);
        }
        if (!scope.canSee(generator.getOrganisation())) {
            throw new AccessDeniedException("scope.organisation", generator.getOrganisation().getBinValue());
        }
        return generator;
    }

    /** The caller's own generator registrations (enterprise). */
    @RolesAllowed(ENTERPRISE)
    public List<Generator> mine() {
        List<Generator> mine = new ArrayList<>();
        for (Organisation organisation : organisations.mine()) {
            find(organisation.getId()).ifPresent(mine::add);
        }
        return mine;
    }

    /** A production site of the caller's organisation, for its registration (category I-IV, KATO and coordinates). */
    @RolesAllowed(ENTERPRISE)
    public Facility addFacility(long organisationId, FacilityInput input) {
        Organisation organisation = organisations.get(organisationId);
        scope.requireActingFor(organisation);
        if (input.environmentalCategory() == null || input.environmentalCategory().isBlank()) {
            throw new BusinessException("hazardous.generator.categoryRequired", String.valueOf(input.name()));
        }
        if (reference.findKato(input.katoCode()).isEmpty()) {
            throw new BusinessException("kato.unknown", String.valueOf(input.katoCode()));
        }
        FacilityInput site = new FacilityInput(input.name(), input.type() == null ? FacilityType.PRODUCTION_SITE : input.type(),
                input.katoCode(), input.latitude(), input.longitude(), input.landfillClass(), input.designCapacity(),
                input.environmentalCategory());
        Facility facility = new Facility(organisation, site);
        em.persist(facility);
        em.flush();
        return facility;
    }

    /**
     * Creates or changes the organisation's registration: the facilities it declares as generating hazardous waste
     * (each with its environmental category) and a contact. A registered generator that changes it is reviewed again.
     */
    @RolesAllowed(ENTERPRISE)
    public Generator saveRegistration(long organisationId, List<Long> facilityIds, String contact) {
        Organisation organisation = organisations.get(organisationId);
        scope.requireActingFor(organisation);
        List<Facility> facilities = new ArrayList<>();
        for (Long facilityId : facilityIds == null ? List.<Long>of() : facilityIds) {
            facilities.add(organisations.getFacility(facilityId));
        }
        Generator generator = find(organisationId).orElse(null);
        boolean created = generator == null;
        if (created) {
            generator = new Generator(organisation, scope.username());
        }
        GeneratorStatus from = generator.getStatus();
        generator.describe(facilities, contact);
        if (created) {
            em.persist(generator);
            em.flush();
        }
        em.persist(new HazardousEvent(HazardousEvent.GENERATOR, generator.getId(), scope.username(), created ? "CREATED" : "CHANGED",
                created ? null : from, generator.getStatus(), null));
        em.flush();
        return generator;
    }

    @RolesAllowed(ENTERPRISE)
    public Generator submit(long id, int loadedVersion) {
        Generator generator = get(id);
        scope.requireActingFor(generator.getOrganisation());
        requireVersion(generator, loadedVersion);
        GeneratorStatus from = generator.submit();
        em.persist(new HazardousEvent(HazardousEvent.GENERATOR, id, scope.username(), "SUBMITTED", from, GeneratorStatus.SUBMITTED, null));
        em.flush();
        return generator;
    }

    /** The ministry enters the generator in the registry (a registry number is given once). */
    @RolesAllowed(MINISTRY)
    public Generator register(long id, int loadedVersion, String comment) {
        Generator generator = get(id);
        requireNotOwn(generator);
        requireVersion(generator, loadedVersion);
        generator.register(scope.username(), comment);
        em.persist(new HazardousEvent(HazardousEvent.GENERATOR, id, scope.username(), "REGISTERED", GeneratorStatus.SUBMITTED,
                GeneratorStatus.REGISTERED, blankToNull(comment)));
        em.flush();
        return generator;
    }

    /** The ministry returns the registration with a comment (required). */
    @RolesAllowed(MINISTRY)
    public Generator returnRegistration(long id, int loadedVersion, String comment) {
        Generator generator = get(id);
        requireNotOwn(generator);
        requireVersion(generator, loadedVersion);
        generator.returnToOrganisation(scope.username(), comment);
        em.persist(new HazardousEvent(HazardousEvent.GENERATOR, id, scope.username(), "RETURNED", GeneratorStatus.SUBMITTED,
                GeneratorStatus.RETURNED, comment.strip()));
        em.flush();
        return generator;
    }

    @RolesAllowed({ENTERPRISE, AKIMAT, MINISTRY, ADMIN})
    public List<HazardousEvent> history(long id) {
        get(id);
        return events(HazardousEvent.GENERATOR, id);
    }

    /** Years in which the organisation's hazardous-waste transfers exceed the PRTR threshold (live inventories). */
    @RolesAllowed({ENTERPRISE, AKIMAT, MINISTRY, ADMIN})
    public List<Integer> prtrYears(long organisationId) {
        scope.requireOrganisation(organisations.get(organisationId));
        return prtrYearsOf(List.of(organisationId)).getOrDefault(organisationId, List.of());
    }

    /**
     * The registry, one page at a time, filtered in the database. Ministry and administrator search the whole
     * country, an akimat its region; an enterprise user sees its own organisations' entries only.
     */
    @RolesAllowed({ENTERPRISE, AKIMAT, MINISTRY, ADMIN})
    @SuppressWarnings("unchecked")
    public Page<RegistryEntry> search(RegistryQuery query, int offset, int limit) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!scope.isNational()) {
            if (scope.is(kz.qaldyq.platform.Roles.AKIMAT)) {
                where.append(" and (substring(o.kato_code, 1, 2) = substring(:scopeRegion, 1, 2) or exists (select 1 from hazardous_generator_facility gf"
                        + " join facility f on f.id = gf.facility_id where gf.generator_id = g.id and substring(f.kato_code, 1, 2) = substring(:scopeRegion, 1, 2)))");
                params.put("scopeRegion", scope.callerRegion().orElseThrow(() -> new AccessDeniedException("scope.noRegion")));
            } else {
                where.append(" and exists (select 1 from user_organisation uo where uo.organisation_id = o.id and uo.username = :username)");
                params.put("username", scope.username());
            }
        }
        if (query.regionCode() != null && !query.regionCode().isBlank()) {
            where.append(" and (substring(o.kato_code, 1, 2) = substring(:region, 1, 2) or exists (select 1 from hazardous_generator_facility gf"
                    + " join facility f on f.id = gf.facility_id where gf.generator_id = g.id and substring(f.kato_code, 1, 2) = substring(:region, 1, 2)))");
            params.put("region", query.regionCode());
        }
        if (query.wasteCode() != null && !query.wasteCode().isBlank()) {
            String code = ReferenceService.normaliseWasteCode(query.wasteCode());
            where.append(" and (exists (select 1 from hazardous_passport p join hazardous_generator_facility gf on gf.facility_id = p.facility_id"
                    + " where gf.generator_id = g.id and p.current_version and not p.withdrawn and p.waste_code = :code)"
                    + " or exists (select 1 from report r where r.organisation_id = o.id and r.form_code = '" + INVENTORY_FORM + "'"
                    + " and r.status <> 'SUPERSEDED' and r.waste_code = :code))");
            params.put("code", code == null ? query.wasteCode().strip() : code);
        }
        if (query.property() != null && !query.property().isBlank()) {
            where.append(" and exists (select 1 from hazardous_passport p join hazardous_generator_facility gf on gf.facility_id = p.facility_id"
                    + " join hazardous_passport_property pp on pp.passport_id = p.id"
                    + " where gf.generator_id = g.id and p.current_version and not p.withdrawn and pp.property_code = :property)");
            params.put("property", query.property().strip());
        }
        if (query.organisation() != null && !query.organisation().isBlank()) {
            where.append(" and (o.bin like :binStart or lower(o.name_ru) like :name or lower(o.name_kk) like :name or lower(o.name_en) like :name)");
            params.put("binStart", query.organisation().strip().replace(" ", "") + "%");
            params.put("name", "%" + query.organisation().strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (query.status() != null) {
            where.append(" and g.status = :status");
            params.put("status", query.status().name());
        }
        if (query.prtr() != null) {
            where.append(query.prtr() ? " and exists (" : " and not exists (").append(PRTR_SQL).append(" and r.organisation_id = o.id)");
        }
        String from = " from hazardous_generator g join organisation o on o.id = g.organisation_id";
        Query count = em.createNativeQuery("select count(*)" + from + where);
        Query page = em.createNativeQuery("select g.id, o.id as org_id, o.bin, o.name_kk, o.name_ru, o.name_en, o.kato_code, g.status, g.registry_no,"
                + " (select count(*) from hazardous_generator_facility gf where gf.generator_id = g.id),"
                + " (select string_agg(distinct p.waste_code, ',') from hazardous_passport p join hazardous_generator_facility gf on gf.facility_id = p.facility_id"
                + "  where gf.generator_id = g.id and p.current_version and not p.withdrawn)"
                + from + where + " order by o.name_ru, g.id");
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            page.setParameter(k, v);
        });
        List<Object[]> rows = page.setFirstResult(Math.max(0, offset)).setMaxResults(Math.min(Math.max(1, limit), 500)).getResultList();
        Map<Long, List<Integer>> prtr = prtrYearsOf(rows.stream().map(r -> ((Number) r[1]).longValue()).toList());
        List<RegistryEntry> entries = new ArrayList<>();
        for (Object[] r : rows) {
            long organisationId = ((Number) r[1]).longValue();
            String kato = (String) r[6];
            entries.add(new RegistryEntry(((Number) r[0]).longValue(), organisationId, (String) r[2],
                    new LocalizedText((String) r[3], (String) r[4], (String) r[5]), kato.substring(0, 2) + "0000000",
                    GeneratorStatus.valueOf((String) r[7]), (String) r[8], ((Number) r[9]).intValue(),
                    r[10] == null ? List.of() : Arrays.stream(((String) r[10]).split(",")).sorted().toList(),
                    prtr.getOrDefault(organisationId, List.of())));
        }
        return new Page<>(entries, ((Number) count.getSingleResult()).longValue());
    }

    /**
     * Organisation × year pairs whose hazardous-waste transfers in live (submitted, under review or approved)
     * inventories exceed the threshold of the inventory form's DETAIL_THRESHOLD rule (EC art. 22: 2 t a year).
     */
    static final String PRTR_SQL = "select r.organisation_id, r.reporting_year from report r"
            + " join waste_code w on w.code = r.waste_code and w.hazardous"
            + " join report_detail_row d on d.report_id = r.id and d.table_code = 'TRANSFERRED'"
            + " where r.form_code = '" + INVENTORY_FORM + "' and r.status in ('SUBMITTED', 'UNDER_REVIEW', 'APPROVED')"
            + " group by r.organisation_id, r.reporting_year"
            + " having sum(coalesce(d.tonnes, 0)) > (select coalesce(max(cast(substring(fr.params from 'above=([0-9.]+)') as numeric)), 2)"
            + "   from form_rule fr join form_version fv on fv.id = fr.form_version_id"
            + "   where fv.form_code = '" + INVENTORY_FORM + "' and fr.kind = 'DETAIL_THRESHOLD' and fr.active)";

    @SuppressWarnings("unchecked")
    private Map<Long, List<Integer>> prtrYearsOf(List<Long> organisationIds) {
        Map<Long, List<Integer>> years = new HashMap<>();
        if (organisationIds.isEmpty()) {
            return years;
        }
        List<Object[]> rows = em.createNativeQuery("select * from (" + PRTR_SQL + ") x where x.organisation_id in (:orgs) order by x.reporting_year desc")
                .setParameter("orgs", organisationIds).getResultList();
        for (Object[] r : rows) {
            years.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(((Number) r[1]).intValue());
        }
        return years;
    }

    private Optional<Generator> find(long organisationId) {
        return repository.findGenerator(organisationId);
    }

    private List<HazardousEvent> events(String type, long id) {
        return repository.events(type, id);
    }

    private void requireNotOwn(Generator generator) {
        if (scope.isLinkedTo(generator.getOrganisation().getId())) {
            throw new AccessDeniedException("report.ownOrganisation", generator.getOrganisation().getBinValue());
        }
    }

    private static void requireVersion(Generator generator, int loadedVersion) {
        if (generator.getLockVersion() != loadedVersion) {
            throw new ConcurrentChangeException(generator.getDecidedBy() == null ? generator.getCreatedBy() : generator.getDecidedBy(),
                    generator.getDecidedAt() == null ? generator.getCreatedAt() : generator.getDecidedAt());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
