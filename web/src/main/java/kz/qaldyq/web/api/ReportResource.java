package kz.qaldyq.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.qaldyq.filing.DetailRowInput;
import kz.qaldyq.filing.FilingService;
import kz.qaldyq.filing.NewReport;
import kz.qaldyq.filing.Report;
import kz.qaldyq.filing.ReportEvent;
import kz.qaldyq.filing.ReviewService;
import kz.qaldyq.organisation.OrganisationService;
import kz.qaldyq.validation.RuleResult;

/**
 * The forms through the API: the same services as the pages, so the same rules and data scope. Documented in README.
 */
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {

    public record CreateRequest(String form, Integer year, String bin, String kato, Long facilityId, String wasteCode) {
    }

    public record DetailRowDto(String table, Long facilityId, String bin, String name, String category, BigDecimal tonnes) {
    }

    public record UpdateRequest(Integer version, Map<String, BigDecimal> values, List<DetailRowDto> details, Map<String, String> explanations) {
    }

    public record SubmitRequest(Integer version, Map<String, String> explanations) {
    }

    public record DecisionRequest(Integer version, String comment, Map<String, String> lineComments) {
    }

    public record AcknowledgeRequest(String rule, String line, String comment) {
    }

    public record ResultDto(String rule, String severity, String line, String message) {
    }

    public record EventDto(String at, String actor, String action, String from, String to, String line, BigDecimal oldValue,
                           BigDecimal newValue, String comment) {
    }

    public record ReportDto(long id, String form, String formVersion, int year, String bin, String organisation, String region,
                            Long facilityId, String wasteCode, String status, int version, int correction, boolean late, String submittedBy,
                            String submittedAt, String decidedBy, String decidedAt, Map<String, BigDecimal> lines,
                            List<DetailRowDto> details, Map<String, String> explanations, List<ResultDto> results,
                            List<EventDto> history) {
    }

    public record ValidationDto(long id, int errors, int warnings, List<ResultDto> results) {
    }

    @Inject
    private FilingService filing;
    @Inject
    private ReviewService review;
    @Inject
    private OrganisationService organisations;
    @Context
    private HttpHeaders headers;

    @POST
    public Response create(CreateRequest request, @Context UriInfo uri) {
        if (request == null || request.form() == null || request.year() == null || request.bin() == null) {
            throw new BadRequestException("form, year and bin are required");
        }
        long organisationId = organisations.getByBin(request.bin()).getId();
        Report report = filing.createDraft(new NewReport(request.form(), request.year(), organisationId, request.kato(), request.facilityId(), request.wasteCode()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(report.getId())).build()).entity(dto(report, true)).build();
    }

    @GET
    @Path("/{id}")
    public ReportDto get(@PathParam("id") long id) {
        return dto(filing.get(id), true);
    }

    @PUT
    @Path("/{id}")
    public ReportDto update(@PathParam("id") long id, UpdateRequest request) {
        if (request == null || request.version() == null) {
            throw new BadRequestException("version is required (optimistic locking)");
        }
        List<DetailRowInput> rows = request.details() == null ? null : request.details().stream()
                .map(d -> new DetailRowInput(d.table(), d.bin(), d.facilityId(), d.name(), d.category(), d.tonnes())).toList();
        Map<String, BigDecimal> values = request.values() == null ? Map.of() : request.values();
        return dto(filing.save(id, request.version(), values, rows, request.explanations()), true);
    }

    @POST
    @Path("/{id}/validate")
    public ValidationDto validate(@PathParam("id") long id) {
        List<ResultDto> results = results(filing.validate(id));
        return new ValidationDto(id, (int) results.stream().filter(r -> r.severity().equals("ERROR")).count(),
                (int) results.stream().filter(r -> r.severity().equals("WARNING")).count(), results);
    }

    @POST
    @Path("/{id}/submit")
    public ReportDto submit(@PathParam("id") long id, SubmitRequest request) {
        if (request == null || request.version() == null) {
            throw new BadRequestException("version is required (optimistic locking)");
        }
        return dto(filing.submit(id, request.version(), request.explanations()), true);
    }

    @POST
    @Path("/{id}/approve")
    public ReportDto approve(@PathParam("id") long id, DecisionRequest request) {
        if (request == null || request.version() == null) {
            throw new BadRequestException("version is required (optimistic locking)");
        }
        return dto(review.approve(id, request.version(), request.comment()), true);
    }

    @POST
    @Path("/{id}/return")
    public ReportDto returnForCorrection(@PathParam("id") long id, DecisionRequest request) {
        if (request == null || request.version() == null) {
            throw new BadRequestException("version is required (optimistic locking)");
        }
        return dto(review.returnForCorrection(id, request.version(), request.comment(), request.lineComments()), true);
    }

    @POST
    @Path("/{id}/correction")
    public ReportDto correction(@PathParam("id") long id) {
        return dto(filing.correct(id), true);
    }

    /** The reviewer acknowledges a large change against last year, line by line, before approving. */
    @POST
    @Path("/{id}/acknowledge")
    public ReportDto acknowledge(@PathParam("id") long id, AcknowledgeRequest request) {
        if (request == null || request.rule() == null) {
            throw new BadRequestException("rule is required");
        }
        return dto(review.acknowledge(id, request.rule(), request.line(), request.comment()), true);
    }

    /** Which lines changed between two versions of one report (e.g. an approved version and its correction). */
    @GET
    @Path("/{id}/compare/{otherId}")
    public List<FilingService.LineChange> compare(@PathParam("id") long id, @PathParam("otherId") long otherId) {
        return filing.compare(id, otherId);
    }

    private ReportDto dto(Report report, boolean withResults) {
        Locale locale = ApiLocale.of(headers);
        Map<String, BigDecimal> lines = new LinkedHashMap<>();
        report.getValues().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> lines.put(e.getKey(), e.getValue()));
        Map<String, String> explanations = new LinkedHashMap<>();
        report.getExplanations().forEach(e -> explanations.put(e.key(), e.getText()));
        List<DetailRowDto> details = report.getDetailRows().stream()
                .map(r -> new DetailRowDto(r.getTableCode(), r.getFacilityId(), r.getCounterpartyBin(), r.getCounterpartyName(), r.getCategory(), r.getTonnes()))
                .toList();
        List<EventDto> history = filing.history(report.getId()).stream().map(ReportResource::event).toList();
        return new ReportDto(report.getId(), report.getFormCode(), report.getFormVersion().getVersion(), report.getReportingYear(),
                report.getOrganisation().getBinValue(), report.getOrganisation().nameIn(locale), report.getRegionCode(),
                report.getFacility() == null ? null : report.getFacility().getId(), report.getWasteCode(), report.getStatus().name(), report.getLockVersion(),
                report.getCorrectionNo(), report.isLate(), report.getSubmittedBy(), str(report.getSubmittedAt()), report.getDecidedBy(),
                str(report.getDecidedAt()), lines, details, explanations, withResults ? results(filing.validate(report.getId())) : List.of(), history);
    }

    private List<ResultDto> results(List<RuleResult> results) {
        String language = ApiLocale.of(headers).getLanguage();
        return results.stream().map(r -> new ResultDto(r.ruleId(), r.severity().name(), r.lineCode(), r.message().in(language))).toList();
    }

    private static EventDto event(ReportEvent e) {
        return new EventDto(e.getAt().toString(), e.getActor(), e.getAction().name(), e.getFromStatus() == null ? null : e.getFromStatus().name(),
                e.getToStatus() == null ? null : e.getToStatus().name(), e.getLineCode(), e.getOldValue(), e.getNewValue(), e.getComment());
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
