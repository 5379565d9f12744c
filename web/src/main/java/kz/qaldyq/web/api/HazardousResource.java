package kz.qaldyq.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.qaldyq.filing.Report;
import kz.qaldyq.organisation.Facility;
import kz.qaldyq.organisation.FacilityInput;
import kz.qaldyq.platform.Page;
import kz.qaldyq.registry.hazardous.Generator;
import kz.qaldyq.registry.hazardous.GeneratorService;
import kz.qaldyq.registry.hazardous.GeneratorStatus;
import kz.qaldyq.registry.hazardous.InventoryService;
import kz.qaldyq.registry.hazardous.Passport;
import kz.qaldyq.registry.hazardous.PassportInput;
import kz.qaldyq.registry.hazardous.PassportService;
import kz.qaldyq.registry.hazardous.Permit;
import kz.qaldyq.registry.hazardous.PermitInput;
import kz.qaldyq.registry.hazardous.PermitService;
import kz.qaldyq.registry.hazardous.RegistryEntry;
import kz.qaldyq.registry.hazardous.RegistryQuery;
import kz.qaldyq.web.registry.hazardous.RegistryExtracts;

/**
 * The hazardous-waste registry through the API, with the caller's data scope (the same services as the pages):
 * registration, passports, permits, the registry search and its extract. Inventories are reports of the form
 * {@code hazardous-inventory}: created here (per facility, year and waste code) and then updated, validated,
 * submitted and reviewed through {@code /api/reports/{id}} like every form. Documented in README.
 */
@Path("/hazardous")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HazardousResource {

    public record FacilityDto(long id, String name, String type, String kato, BigDecimal latitude, BigDecimal longitude,
                              String environmentalCategory) {
        static FacilityDto of(Facility f) {
            return new FacilityDto(f.getId(), f.getName(), f.getType().name(), f.getKatoCode(), f.getLatitude(), f.getLongitude(),
                    f.getEnvironmentalCategory());
        }
    }

    public record GeneratorDto(long id, int version, long organisationId, String bin, String status, String registryNo,
                               String contact, String decisionComment, List<FacilityDto> facilities, List<Integer> prtrYears) {
    }

    public record RegistrationRequest(long organisationId, List<Long> facilityIds, String contact) {
    }

    public record NewFacilityRequest(long organisationId, String name, String kato, BigDecimal latitude, BigDecimal longitude,
                                     String environmentalCategory) {
    }

    public record DecisionRequest(Integer version, String comment) {
    }

    public record PassportDto(long id, long facilityId, String wasteCode, int versionNo, boolean current, boolean late,
                              LocalDate filedOn, String revisionReason, PassportInput content) {
        static PassportDto of(Passport p) {
            return new PassportDto(p.getId(), p.getFacility().getId(), p.getWasteCode(), p.getVersionNo(), p.isCurrentVersion(),
                    p.isLate(), p.getFiledOn(), p.getRevisionReason(), p.toInput());
        }
    }

    public record RevisionRequest(String reason, PassportInput content) {
    }

    public record InventoryRequest(long facilityId, int year, String wasteCode) {
    }

    public record InventoryDto(long id, int year, long facilityId, String wasteCode, String status, int version) {
        static InventoryDto of(Report r) {
            return new InventoryDto(r.getId(), r.getReportingYear(), r.getFacility().getId(), r.getWasteCode(), r.getStatus().name(),
                    r.getLockVersion());
        }
    }

    public record PermitDto(long id, int version, String kind, String holderBin, String number, Set<Permit.Operation> operations,
                            Set<String> wasteCodes, LocalDate validFrom, LocalDate validTo, String status, String issuedBy) {
        static PermitDto of(Permit p) {
            return new PermitDto(p.getId(), p.getLockVersion(), p.getKind().name(), p.getHolder().getBinValue(), p.getNumber(),
                    p.getOperations(), p.getWasteCodes(), p.getValidFrom(), p.getValidTo(), p.getStatus().name(), p.getIssuedBy());
        }
    }

    public record PermitRequest(Integer version, Permit.Kind kind, String holderBin, String number, Set<Permit.Operation> operations,
                                Set<String> wasteCodes, LocalDate validFrom, LocalDate validTo, Permit.Status status, String issuedBy) {
        PermitInput toInput() {
            return new PermitInput(kind, holderBin, number, operations, wasteCodes, validFrom, validTo, status, issuedBy);
        }
    }

    public record RegistryPageDto(long total, List<RegistryEntry> items) {
    }

    @Inject
    private GeneratorService generators;
    @Inject
    private PassportService passports;
    @Inject
    private PermitService permits;
    @Inject
    private InventoryService inventories;
    @Inject
    private RegistryExtracts extracts;

    // ---- generators

    @GET
    @Path("/registry")
    public RegistryPageDto registry(@QueryParam("region") String region, @QueryParam("wasteCode") String wasteCode,
                                    @QueryParam("property") String property, @QueryParam("organisation") String organisation,
                                    @QueryParam("status") GeneratorStatus status, @QueryParam("prtr") Boolean prtr,
                                    @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        Page<RegistryEntry> page = generators.search(new RegistryQuery(region, wasteCode, property, organisation, status, prtr), offset, limit);
        return new RegistryPageDto(page.total(), page.items());
    }

    @GET
    @Path("/registry.pdf")
    @Produces("application/pdf")
    public Response registryPdf(@QueryParam("region") String region, @QueryParam("wasteCode") String wasteCode,
                                @QueryParam("property") String property, @QueryParam("organisation") String organisation,
                                @QueryParam("status") GeneratorStatus status, @QueryParam("prtr") Boolean prtr,
                                @QueryParam("lang") String lang, @Context HttpHeaders headers, @Context SecurityContext security) {
        RegistryQuery query = new RegistryQuery(region, wasteCode, property, organisation, status, prtr);
        return Response.ok(extracts.pdf(query, locale(lang, headers), security.getUserPrincipal().getName()), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"hazardous-registry.pdf\"").build();
    }

    @GET
    @Path("/registry.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response registryXlsx(@QueryParam("region") String region, @QueryParam("wasteCode") String wasteCode,
                                 @QueryParam("property") String property, @QueryParam("organisation") String organisation,
                                 @QueryParam("status") GeneratorStatus status, @QueryParam("prtr") Boolean prtr,
                                 @QueryParam("lang") String lang, @Context HttpHeaders headers, @Context SecurityContext security) {
        RegistryQuery query = new RegistryQuery(region, wasteCode, property, organisation, status, prtr);
        return Response.ok(extracts.xlsx(query, locale(lang, headers), security.getUserPrincipal().getName()),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"hazardous-registry.xlsx\"").build();
    }

    @POST
    @Path("/facilities")
    public FacilityDto addFacility(NewFacilityRequest request) {
        require(request);
        return FacilityDto.of(generators.addFacility(request.organisationId(), new FacilityInput(request.name(), null, request.kato(),
                request.latitude(), request.longitude(), null, null, request.environmentalCategory())));
    }

    @POST
    @Path("/generators")
    public GeneratorDto register(RegistrationRequest request) {
        require(request);
        return dto(generators.saveRegistration(request.organisationId(), request.facilityIds(), request.contact()));
    }

    @GET
    @Path("/generators/{id}")
    public GeneratorDto generator(@PathParam("id") long id) {
        return dto(generators.get(id));
    }

    @POST
    @Path("/generators/{id}/submit")
    public GeneratorDto submit(@PathParam("id") long id, DecisionRequest request) {
        return dto(generators.submit(id, version(request)));
    }

    @POST
    @Path("/generators/{id}/register")
    public GeneratorDto decideRegister(@PathParam("id") long id, DecisionRequest request) {
        return dto(generators.register(id, version(request), request.comment()));
    }

    @POST
    @Path("/generators/{id}/return")
    public GeneratorDto decideReturn(@PathParam("id") long id, DecisionRequest request) {
        return dto(generators.returnRegistration(id, version(request), request.comment()));
    }

    // ---- passports

    @POST
    @Path("/passports")
    public Response filePassport(PassportInput request, @Context UriInfo uri) {
        require(request);
        Passport passport = passports.file(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(passport.getId())).build()).entity(PassportDto.of(passport)).build();
    }

    @GET
    @Path("/passports/{id}")
    public PassportDto passport(@PathParam("id") long id) {
        return PassportDto.of(passports.get(id));
    }

    @GET
    @Path("/passports/{id}/versions")
    public List<PassportDto> versions(@PathParam("id") long id) {
        return passports.versions(id).stream().map(PassportDto::of).toList();
    }

    @POST
    @Path("/passports/{id}/revision")
    public PassportDto revise(@PathParam("id") long id, RevisionRequest request) {
        require(request);
        return PassportDto.of(passports.revise(id, request.content(), request.reason()));
    }

    @GET
    @Path("/facilities/{id}/passports")
    public List<PassportDto> passportsOf(@PathParam("id") long facilityId) {
        return passports.ofFacility(facilityId).stream().map(PassportDto::of).toList();
    }

    // ---- inventories (then /api/reports/{id} for update, validate, submit, review)

    @POST
    @Path("/inventories")
    public Response createInventory(InventoryRequest request, @Context UriInfo uri) {
        require(request);
        Report report = inventories.create(request.facilityId(), request.year(), request.wasteCode());
        return Response.created(uri.getBaseUriBuilder().path("reports").path(String.valueOf(report.getId())).build())
                .entity(InventoryDto.of(report)).build();
    }

    @POST
    @Path("/inventories/start-from-last-year")
    public List<InventoryDto> startFromLastYear(InventoryRequest request) {
        require(request);
        return inventories.startFromLastYear(request.facilityId(), request.year()).stream().map(InventoryDto::of).toList();
    }

    @GET
    @Path("/facilities/{id}/inventories")
    public List<InventoryDto> inventoriesOf(@PathParam("id") long facilityId, @QueryParam("year") int year) {
        return inventories.ofFacility(facilityId, year).stream().map(InventoryDto::of).toList();
    }

    // ---- licences and notifications

    @GET
    @Path("/permits")
    public List<PermitDto> permits(@QueryParam("kind") Permit.Kind kind) {
        return permits.list(kind).stream().map(PermitDto::of).toList();
    }

    @POST
    @Path("/permits")
    public PermitDto createPermit(PermitRequest request) {
        require(request);
        return PermitDto.of(permits.create(request.toInput()));
    }

    @PUT
    @Path("/permits/{id}")
    public PermitDto updatePermit(@PathParam("id") long id, PermitRequest request) {
        require(request);
        if (request.version() == null) {
            throw new BadRequestException("version is required (optimistic locking)");
        }
        return PermitDto.of(permits.update(id, request.version(), request.toInput()));
    }

    private GeneratorDto dto(Generator g) {
        return new GeneratorDto(g.getId(), g.getLockVersion(), g.getOrganisation().getId(), g.getOrganisation().getBinValue(),
                g.getStatus().name(), g.getRegistryNo(), g.getContact(), g.getDecisionComment(),
                g.getFacilities().stream().map(FacilityDto::of).toList(), generators.prtrYears(g.getOrganisation().getId()));
    }

    private static int version(DecisionRequest request) {
        if (request == null || request.version() == null) {
            throw new BadRequestException("version is required (optimistic locking)");
        }
        return request.version();
    }

    private static void require(Object request) {
        if (request == null) {
            throw new BadRequestException("a request body is required");
        }
    }

    private static Locale locale(String lang, HttpHeaders headers) {
        if (lang != null && kz.qaldyq.web.LanguageBacking.SUPPORTED.contains(lang)) {
            return Locale.forLanguageTag(lang);
        }
        return ApiLocale.of(headers);
    }
}
