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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.qaldyq.platform.Page;
import kz.qaldyq.reference.WorkingDays;
import kz.qaldyq.registry.historical.AmountUnit;
import kz.qaldyq.registry.historical.AssessmentItem;
import kz.qaldyq.registry.historical.CourtStatus;
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

/**
 * The historical-pollution register through the API, with the caller's data scope: the same service as the pages, so
 * the same roles (akimat records and submits, the ministry decides) and the same refusals. Documented in README.
 */
@Path("/historical-objects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HistoricalObjectResource {

    public record PollutantDto(PollutantKind kind, String code, Medium medium, BigDecimal amount, AmountUnit unit) {
    }

    public record TreatySubstanceDto(String substance, Treaty treaty) {
    }

    public record ObjectInputDto(Integer version, String name, String district, BigDecimal latitude, BigDecimal longitude,
                                 String boundary, ObjectType type, String originActivity, String originPeriod,
                                 Ownership ownership, String ownerBin, String ownerName, CourtStatus courtStatus,
                                 String worksRequired, String contractorBin, String contractorLicence,
                                 LocalDate surveyStartedOn, LocalDate surveyCompletedOn, List<PollutantDto> pollutants,
                                 BigDecimal affectedAreaHa, LandCategory landCategory, WaterCategory waterCategory,
                                 ImpactLevel impactLevel, Boolean migration, Boolean drinkingWaterThreat,
                                 Boolean treatyAssessed, List<TreatySubstanceDto> treatySubstances,
                                 Integer populationInZone, Integer populationUnderThreat, String publicDescription) {

        HistoricalObjectInput toInput() {
            return new HistoricalObjectInput(name, district, latitude, longitude, boundary, type, originActivity,
                    originPeriod, ownership, ownerBin, ownerName, courtStatus, worksRequired, contractorBin,
                    contractorLicence, surveyStartedOn, surveyCompletedOn,
                    pollutants == null ? List.of() : pollutants.stream()
                            .map(p -> new PollutantInput(p.kind(), p.code(), p.medium(), p.amount(), p.unit())).toList(),
                    affectedAreaHa, landCategory, waterCategory, impactLevel, Boolean.TRUE.equals(migration),
                    Boolean.TRUE.equals(drinkingWaterThreat), Boolean.TRUE.equals(treatyAssessed),
                    treatySubstances == null ? List.of() : treatySubstances.stream()
                            .map(t -> new TreatySubstance(t.substance(), t.treaty())).toList(),
                    populationInZone, populationUnderThreat, publicDescription);
        }
    }

    /** A decision or a step: {@code version} for optimistic locking, and what the step needs. */
    public record StepRequest(Integer version, String comment, Integer category, Integer queuePosition, LocalDate date) {
    }

    public record CountdownDto(LocalDate received, LocalDate due, int workingDaysLeft, boolean overdue) {
        static CountdownDto of(WorkingDays.Countdown c) {
            return c == null ? null : new CountdownDto(c.start(), c.due(), c.left(), c.overdue());
        }
    }

    public record SummaryDto(long id, String name, String region, String district, String type, String status,
                             Integer category, Integer queuePosition, String liquidationStage, int version,
                             CountdownDto decision) {
    }

    public record PageDto(long total, List<SummaryDto> items) {
    }

    public record EventDto(String at, String actor, String action, String from, String to, String comment) {
    }

    public record ObjectDto(long id, int version, String status, String statusReason, String region, boolean demo,
                            ObjectInputDto description, List<String> missing, CountdownDto decision, LocalDate receivedOn,
                            LocalDate includedOn, Integer category, Integer queuePosition, String liquidationStage,
                            String outOfQueueJustification, Map<AmountUnit, BigDecimal> totalsByUnit,
                            List<EventDto> history) {
    }

    @Inject
    private HistoricalRegisterService register;

    @GET
    public PageDto list(@QueryParam("status") HistoricalStatus status, @QueryParam("offset") @DefaultValue("0") int offset,
                        @QueryParam("limit") @DefaultValue("50") int limit) {
        Page<HistoricalObject> page = register.list(status, offset, limit);
        Map<Long, WorkingDays.Countdown> countdowns = register.decisionCountdowns(page.items(), HistoricalRegisterService.today());
        return new PageDto(page.total(), page.items().stream().map(o -> new SummaryDto(o.getId(), o.getName(), o.getRegionCode(),
                o.getDistrictCode(), o.getType().name(), o.getStatus().name(), o.getCategory(), o.getQueuePosition(),
                o.getLiquidationStage() == null ? null : o.getLiquidationStage().name(), o.getVersion(),
                CountdownDto.of(countdowns.get(o.getId())))).toList());
    }

    @POST
    public Response create(ObjectInputDto request, @Context UriInfo uri) {
        if (request == null) {
            throw new BadRequestException("an object description is required");
        }
        HistoricalObject object = register.create(request.toInput());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(object.getId())).build()).entity(dto(object)).build();
    }

    @GET
    @Path("/{id}")
    public ObjectDto get(@PathParam("id") long id) {
        return dto(register.get(id));
    }

    @PUT
    @Path("/{id}")
    public ObjectDto update(@PathParam("id") long id, ObjectInputDto request) {
        if (request == null || request.version() == null) {
            throw new BadRequestException("version is required (optimistic locking)");
        }
        return dto(register.update(id, request.version(), request.toInput()));
    }

    @POST
    @Path("/{id}/submit")
    public ObjectDto submit(@PathParam("id") long id, StepRequest request) {
        return dto(register.submit(id, version(request)));
    }

    @POST
    @Path("/{id}/include")
    public ObjectDto include(@PathParam("id") long id, StepRequest request) {
        return dto(register.include(id, version(request), request.comment()));
    }

    @POST
    @Path("/{id}/refuse")
    public ObjectDto refuse(@PathParam("id") long id, StepRequest request) {
        return dto(register.refuse(id, version(request), request.comment()));
    }

    @POST
    @Path("/{id}/categorise")
    public ObjectDto categorise(@PathParam("id") long id, StepRequest request) {
        if (request == null || request.category() == null || request.queuePosition() == null) {
            throw new BadRequestException("category and queuePosition are required");
        }
        return dto(register.categorise(id, version(request), request.category(), request.queuePosition()));
    }

    @POST
    @Path("/{id}/exclude")
    public ObjectDto exclude(@PathParam("id") long id, StepRequest request) {
        return dto(register.exclude(id, version(request), request.comment()));
    }

    @POST
    @Path("/{id}/liquidation")
    public ObjectDto startLiquidation(@PathParam("id") long id, StepRequest request) {
        return dto(register.startLiquidation(id, version(request), request.date(), request.comment()));
    }

    @POST
    @Path("/{id}/liquidation/next")
    public ObjectDto advanceLiquidation(@PathParam("id") long id, StepRequest request) {
        return dto(register.advanceLiquidation(id, version(request), request.date(), request.comment()));
    }

    @POST
    @Path("/{id}/monitoring")
    public ObjectDto startMonitoring(@PathParam("id") long id, StepRequest request) {
        return dto(register.startMonitoring(id, version(request), request.date()));
    }

    private static int version(StepRequest request) {
        if (request == null || request.version() == null) {
            throw new BadRequestException("version is required (optimistic locking)");
        }
        return request.version();
    }

    private ObjectDto dto(HistoricalObject o) {
        HistoricalObjectInput in = o.toInput();
        ObjectInputDto description = new ObjectInputDto(null, in.name(), in.districtCode(), in.latitude(), in.longitude(),
                in.boundaryGeoJson(), in.type(), in.originActivity(), in.originPeriod(), in.ownership(), in.ownerBin(),
                in.ownerName(), in.courtStatus(), in.worksRequired(), in.contractorBin(), in.contractorLicence(),
                in.surveyStartedOn(), in.surveyCompletedOn(),
                in.pollutants().stream().map(p -> new PollutantDto(p.kind(), p.code(), p.medium(), p.amount(), p.unit())).toList(),
                in.affectedAreaHa(), in.landCategory(), in.waterCategory(), in.impactLevel(), in.migration(),
                in.drinkingWaterThreat(), in.treatyAssessed(),
                in.treatySubstances().stream().map(t -> new TreatySubstanceDto(t.getSubstance(), t.getTreaty())).toList(),
                in.populationInZone(), in.populationUnderThreat(), in.publicDescription());
        List<EventDto> history = register.history(o.getId()).stream().map(HistoricalObjectResource::event).toList();
        return new ObjectDto(o.getId(), o.getVersion(), o.getStatus().name(), o.getStatusReason(), o.getRegionCode(), o.isDemo(),
                description, o.missingItems().stream().map(AssessmentItem::name).toList(),
                CountdownDto.of(register.decisionCountdown(o, HistoricalRegisterService.today()).orElse(null)),
                o.getReceivedOn(), o.getIncludedOn(), o.getCategory(), o.getQueuePosition(),
                o.getLiquidationStage() == null ? null : o.getLiquidationStage().name(), o.getOutOfQueueJustification(),
                o.totalsByUnit(), history);
    }

    private static EventDto event(HistoricalEvent e) {
        return new EventDto(e.getAt().toString(), e.getActor(), e.getAction().name(),
                e.getFromStatus() == null ? null : e.getFromStatus().name(), e.getToStatus() == null ? null : e.getToStatus().name(),
                e.getComment());
    }
}
