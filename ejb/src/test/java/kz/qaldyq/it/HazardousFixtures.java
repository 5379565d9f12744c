package kz.qaldyq.it;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.qaldyq.organisation.Activity;
import kz.qaldyq.organisation.Facility;
import kz.qaldyq.organisation.FacilityInput;
import kz.qaldyq.organisation.FacilityType;
import kz.qaldyq.organisation.Organisation;
import kz.qaldyq.organisation.OrganisationService;
import kz.qaldyq.registry.hazardous.Generator;
import kz.qaldyq.registry.hazardous.GeneratorService;
import kz.qaldyq.registry.hazardous.Passport;
import kz.qaldyq.registry.hazardous.PassportInput;
import kz.qaldyq.registry.hazardous.PassportService;
import kz.qaldyq.registry.hazardous.Permit;
import kz.qaldyq.registry.hazardous.PermitInput;
import kz.qaldyq.registry.hazardous.PermitService;

/** A generator of the test's own (linked to {@link Identities#ENTERPRISE}), receivers, and their permits. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HazardousFixtures {

    public static final String PAVLODAR = "550000000";
    public static final String MERCURY = "06 04 04";
    public static final String ENGINE_OIL = "13 02 05";
    public static final String MUNICIPAL = "20 03 01";

    @Inject
    private Identities as;
    @Inject
    private Fixtures fixtures;
    @Inject
    private OrganisationService organisations;
    @Inject
    private GeneratorService generators;
    @Inject
    private PassportService passports;
    @Inject
    private PermitService permits;

    /** A generator organisation linked to the test enterprise user, with one production site, registered by the ministry. */
    public Facility registeredGenerator(String name) throws Exception {
        Organisation organisation = fixtures.organisation(name + " " + UUID.randomUUID(), PAVLODAR, Activity.HAZARDOUS_GENERATOR);
        fixtures.link(Identities.ENTERPRISE, organisation);
        Facility site = as.enterprise(() -> generators.addFacility(organisation.getId(), new FacilityInput("Chemical plant " + name,
                FacilityType.PRODUCTION_SITE, PAVLODAR, new BigDecimal("52.3"), new BigDecimal("76.9"), null, null, "I")));
        Generator generator = as.enterprise(() -> generators.saveRegistration(organisation.getId(), List.of(site.getId()), "+7 7182 000000"));
        Generator submitted = as.enterprise(() -> generators.submit(generator.getId(), generator.getLockVersion()));
        as.ministry(() -> generators.register(submitted.getId(), submitted.getLockVersion(), null));
        return site;
    }

    public static PassportInput passport(long facilityId, String code, LocalDate firstGenerated) {
        return new PassportInput(facilityId, code, "Spent mercury lamps and sludge", PassportInput.OriginKind.PROCESS,
                "Chlor-alkali electrolysis", null, List.of("HP6", "HP14"),
                List.of(new PassportInput.Component("Mercury", new BigDecimal("2.5")), new PassportInput.Component("Water", new BigDecimal("60"))),
                "Pavlodar regional laboratory", "LP-17", firstGenerated, "Demercurisation (D9)", "Sealed containers",
                "Class 6.1 ADR", "Isolate, collect with amalgam", null, firstGenerated);
    }

    public Passport filePassport(Facility site, String code) throws Exception {
        return as.enterprise(() -> passports.file(passport(site.getId(), code, LocalDate.now().minusMonths(1))));
    }

    /** An organisation with a facility of the given type (a landfill of the given class). */
    public Facility receiver(String name, FacilityType type, Integer landfillClass) throws Exception {
        Organisation operator = fixtures.organisation(name + " " + UUID.randomUUID(), PAVLODAR, Activity.LICENSED_PROCESSOR);
        return as.admin(() -> organisations.addFacility(operator.getId(), new FacilityInput(name, type, PAVLODAR, null, null,
                landfillClass, null, "I")));
    }

    public Permit permit(Organisation holder, Permit.Kind kind, Set<Permit.Operation> operations, String code, LocalDate from, LocalDate to)
            throws Exception {
        return as.ministry(() -> permits.create(new PermitInput(kind, holder.getBinValue(), kind.name().charAt(0) + "-" + UUID.randomUUID(),
                operations, Set.of(code), from, to, Permit.Status.ACTIVE, "MENR")));
    }

    public Permit licenceForYear(Organisation holder, String code, int year, Permit.Operation... operations) throws Exception {
        return permit(holder, Permit.Kind.LICENCE, Set.of(operations), code, LocalDate.of(year - 2, 1, 1), LocalDate.of(year + 3, 12, 31));
    }
}
