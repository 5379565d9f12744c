package kz.qaldyq.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The waste-1 cycle through /api with password-grant tokens: the same rules, workflow and scope as the pages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportApiIT {

    private static final String COLLECTOR_BIN = "010440052602";

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Portal.ear();
    }

    private static String values(String line100, String line300) {
        return "{\"100\": " + line100 + ", \"101\": 700.5, \"102\": 299.5, \"200\": 1000, \"201\": 1000, \"300\": " + line300 + "}";
    }

    private static String update(int version, String values) {
        return "{\"version\": " + version + ", \"values\": " + values + ", \"details\": [{\"table\": \"deliveries\", \"facilityId\": 4,"
                + " \"name\": \"Astana MSW landfill\", \"category\": \"LANDFILL\", \"tonnes\": 1000}], \"explanations\": {}}";
    }

    @Test
    void theWholeCycleThroughTheApi() throws Exception {
        String enterprise = Keycloak.token("ent-collector");
        String akimat = Keycloak.token("akimat-astana");

        HttpResponse<String> created = Keycloak.send("POST", "/api/reports", enterprise,
                "{\"form\": \"waste-1\", \"year\": 2020, \"bin\": \"" + COLLECTOR_BIN + "\", \"kato\": \"710000000\"}", "en");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject report = Keycloak.json(created.body());
        long id = report.getJsonNumber("id").longValue();
        assertEquals("DRAFT", report.getString("status"));
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/reports/" + id));

        JsonObject saved = Keycloak.json(Keycloak.send("PUT", "/api/reports/" + id, enterprise,
                update(report.getInt("version"), values("1234.5", "5000")), "en").body());
        JsonObject validation = Keycloak.json(Keycloak.send("POST", "/api/reports/" + id + "/validate", enterprise, null, "en").body());
        assertTrue(validation.getInt("errors") >= 1);
        JsonObject sumError = validation.getJsonArray("results").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("rule").equals("W1-SUM-100")).findFirst().orElseThrow();
        assertEquals("ERROR", sumError.getString("severity"));
        assertEquals("100", sumError.getString("line"));
        assertEquals("Line 100 (1,234.500 t) is not the sum of lines 101-114 (1,000.000 t).", sumError.getString("message"));

        HttpResponse<String> refused = Keycloak.send("POST", "/api/reports/" + id + "/submit", enterprise,
                "{\"version\": " + saved.getInt("version") + "}", "ru");
        assertEquals(422, refused.statusCode());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = Keycloak.json(refused.body());
        assertEquals("report.hasErrors", problem.getString("code"));
        assertTrue(problem.getJsonArray("rules").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(s -> s.getString().equals("W1-SUM-100")));
        assertTrue(problem.getString("detail").startsWith("Отчёт нельзя подать, пока остаются ошибки"));

        HttpResponse<String> stale = Keycloak.send("PUT", "/api/reports/" + id, enterprise,
                update(report.getInt("version"), values("1000", "5000")), "en");
        assertEquals(409, stale.statusCode(), "an edit based on the version before the last save is refused");

        JsonObject fixed = Keycloak.json(Keycloak.send("PUT", "/api/reports/" + id, enterprise,
                update(saved.getInt("version"), values("1000", "5000")), "en").body());
        JsonObject submitted = Keycloak.json(Keycloak.send("POST", "/api/reports/" + id + "/submit", enterprise,
                "{\"version\": " + fixed.getInt("version") + "}", "en").body());
        assertEquals("SUBMITTED", submitted.getString("status"));
        assertEquals("ent-collector", submitted.getString("submittedBy"));

        assertEquals(403, Keycloak.get("/api/reports/" + id, Keycloak.token("ent-landfill"), "en").statusCode(),
                "another organisation's user cannot read it");
        assertEquals(403, Keycloak.send("POST", "/api/reports/" + id + "/approve", Keycloak.token("akimat-karaganda"),
                "{\"version\": " + submitted.getInt("version") + "}", "en").statusCode(), "another region's akimat cannot approve it");
        assertEquals(403, Keycloak.send("POST", "/api/reports/" + id + "/approve", enterprise,
                "{\"version\": " + submitted.getInt("version") + "}", "en").statusCode(), "the respondent cannot approve its own report");

        HttpResponse<String> noComment = Keycloak.send("POST", "/api/reports/" + id + "/return", akimat,
                "{\"version\": " + submitted.getInt("version") + ", \"comment\": \"\"}", "en");
        assertEquals(422, noComment.statusCode());
        assertEquals("report.returnNeedsComment", Keycloak.json(noComment.body()).getString("code"));
        JsonObject returned = Keycloak.json(Keycloak.send("POST", "/api/reports/" + id + "/return", akimat,
                "{\"version\": " + submitted.getInt("version") + ", \"comment\": \"Population served is far too low\","
                        + " \"lineComments\": {\"300\": \"Check against the city census\"}}", "en").body());
        assertEquals("RETURNED", returned.getString("status"));

        JsonObject corrected = Keycloak.json(Keycloak.send("PUT", "/api/reports/" + id, enterprise,
                update(returned.getInt("version"), values("1000", "4000")), "en").body());
        JsonObject resubmitted = Keycloak.json(Keycloak.send("POST", "/api/reports/" + id + "/submit", enterprise,
                "{\"version\": " + corrected.getInt("version") + "}", "en").body());
        JsonObject approved = Keycloak.json(Keycloak.send("POST", "/api/reports/" + id + "/approve", akimat,
                "{\"version\": " + resubmitted.getInt("version") + ", \"comment\": \"Consistent with the census\"}", "en").body());
        assertEquals("APPROVED", approved.getString("status"));
        assertEquals("akimat-astana", approved.getString("decidedBy"));

        JsonObject read = Keycloak.json(Keycloak.get("/api/reports/" + id, enterprise, "en").body());
        List<String> actions = read.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).filter(a -> !a.equals("VALUE_CHANGED")).toList();
        assertEquals(List.of("CREATED", "SUBMITTED", "RETURNED", "COMMENTED", "SUBMITTED", "APPROVED"), actions);
        assertEquals(0, new java.math.BigDecimal("4000").compareTo(read.getJsonObject("lines").getJsonNumber("300").bigDecimalValue()));

        HttpResponse<byte[]> receipt = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(Portal.URL + "/api/reports/" + id + "/receipt.pdf?lang=kk"))
                .header("Authorization", "Bearer " + enterprise).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, receipt.statusCode());
        assertEquals("application/pdf", receipt.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument pdf = Loader.loadPDF(receipt.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Есептің тапсырылғаны туралы түбіртек"), text);
            assertTrue(text.contains("Бекітілді"), "status Approved in Kazakh");
            assertTrue(text.contains(COLLECTOR_BIN));
            assertTrue(text.contains("4 000"), "line 300 as entered");
        }
    }

    @Test
    void withoutATokenTheApiAnswers401() throws Exception {
        assertEquals(401, Keycloak.send("POST", "/api/reports", null, "{}", "en").statusCode());
    }
}
