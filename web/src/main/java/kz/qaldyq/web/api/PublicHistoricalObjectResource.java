package kz.qaldyq.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import kz.qaldyq.reference.ReferenceService;
import kz.qaldyq.registry.historical.HistoricalDocument;
import kz.qaldyq.registry.historical.PublicObject;
import kz.qaldyq.registry.historical.PublicRegisterService;

/**
 * The public register as open data, without a token (EC art. 143(8)): the same objects and fields as the public page.
 * Region names follow Accept-Language; codes stay codes.
 */
@Path("/public/historical-objects")
@Produces(MediaType.APPLICATION_JSON)
public class PublicHistoricalObjectResource {

    public record ObjectSummaryDto(long id, String name, String region, String regionName, String district,
                                   BigDecimal latitude, BigDecimal longitude, String type, Integer category,
                                   Integer queuePosition, String status, String liquidationStage, LocalDate includedOn) {
    }

    @Inject
    private PublicRegisterService register;
    @Inject
    private ReferenceService reference;
    @Context
    private HttpHeaders headers;

    @GET
    public List<ObjectSummaryDto> list() {
        Locale locale = ApiLocale.of(headers);
        return register.list().stream().map(o -> new ObjectSummaryDto(o.id(), o.name(), o.regionCode(),
                reference.findKato(o.regionCode()).map(k -> k.nameIn(locale)).orElse(o.regionCode()), o.districtCode(),
                o.latitude(), o.longitude(), o.type().name(), o.category(), o.queuePosition(), o.status().name(),
                o.liquidationStage() == null ? null : o.liquidationStage().name(), o.includedOn())).toList();
    }

    @GET
    @Path("/{id}")
    public PublicObject get(@PathParam("id") long id) {
        return register.get(id);
    }

    /** A document of the object that is not marked internal, as stored. */
    @GET
    @Path("/{id}/documents/{documentId}")
    @Produces({"application/pdf", "image/png", "image/jpeg"})
    public Response document(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        HistoricalDocument document = register.document(id, documentId);
        return Response.ok(document.getContent(), document.getContentType())
                .header("Content-Disposition", "inline; filename*=UTF-8''" + URLEncoder.encode(document.getName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
