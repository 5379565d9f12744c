package kz.qaldyq.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The historical-pollution register through /api: the akimat's region, the ministry's decisions, problem documents. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HistoricalApiIT {

    private static final String IDENTIFIED = "{\"name\": \"API test site\", \"district\": \"351600000\", \"latitude\": 49.9,"
            + " \"longitude\": 73.2, \"type\": \"OWNERLESS_WASTE_SITE\", \"pollutants\": [{\"kind\": \"SUBSTANCE\", \"code\": \"Hg\","
            + " \"medium\": \"SOIL\", \"amount\": 1.5, \"unit\": \"T\"}]}";

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Portal.ear();
    }

    private static String complete(int version) {
        return "{\"version\": " + version + ", \"name\": \"API test site\", \"district\": \"351600000\", \"latitude\": 49.9,"
                + " \"longitude\": 73.2, \"type\": \"OWNERLESS_WASTE_SITE\", \"originActivity\": \"Ore processing\","
                + " \"originPeriod\": \"1970-1990\", \"ownership\": \"OWNERLESS\", \"courtStatus\": \"PENDING\","
                + " \"worksRequired\": \"Capping\", \"pollutants\": [{\"kind\": \"SUBSTANCE\", \"code\": \"Hg\", \"medium\": \"SOIL\","
                + " \"amount\": 1.5, \"unit\": \"T\"}, {\"kind\": \"SUBSTANCE\", \"code\": \"As\", \"medium\": \"GROUNDWATER\","
                + " \"amount\": 900, \"unit\": \"M3\"}], \"affectedAreaHa\": 3.2, \"landCategory\": \"RESERVE\","
                + " \"waterCategory\": \"GROUNDWATER\", \"impactLevel\": \"MODERATE\", \"migration\": true,"
                + " \"treatyAssessed\": true, \"populationInZone\": 40, \"populationUnderThreat\": 0}";
    }

    @Test
    void akimatRecordsAndSubmitsTheMinistryDecidesWithinTheScope() throws Exception {
        String akimat = Keycloak.token("akimat-karaganda");
        String otherAkimat = Keycloak.token("akimat-astana");
        String ministry = Keycloak.token("ministry");

        HttpResponse<String> created = Keycloak.send("POST", "/api/historical-objects", akimat, IDENTIFIED, "en");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject object = Keycloak.json(created.body());
        long id = object.getJsonNumber("id").longValue();
        assertEquals("IDENTIFIED", object.getString("status"));

        HttpResponse<String> refused = Keycloak.send("POST", "/api/historical-objects/" + id + "/submit", akimat,
                "{\"version\": " + object.getInt("version") + "}", "en");
        assertEquals(422, refused.statusCode(), refused.body());
        JsonObject problem = Keycloak.json(refused.body());
        assertEquals("historical.incomplete", problem.getString("code"));
        List<String> missing = problem.getJsonArray("rules").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        assertTrue(missing.contains("AREA") && missing.contains("OWNERSHIP") && !missing.contains("POLLUTANTS"), missing.toString());
        assertTrue(problem.getString("detail").contains("affected area with land and water categories"), problem.getString("detail"));

        assertEquals(403, Keycloak.get("/api/historical-objects/" + id, otherAkimat, "en").statusCode(), "another region's object");

        JsonObject assessed = Keycloak.json(Keycloak.send("PUT", "/api/historical-objects/" + id, akimat, complete(object.getInt("version")), "en").body());
        assertEquals("ASSESSED", assessed.getString("status"), assessed.toString());
        assertEquals(0, assessed.getJsonArray("missing").size());
        JsonObject submitted = Keycloak.json(Keycloak.send("POST", "/api/historical-objects/" + id + "/submit", akimat,
                "{\"version\": " + assessed.getInt("version") + "}", "en").body());
        assertEquals("SUBMITTED_TO_MINISTRY", submitted.getString("status"));
        assertEquals(30, submitted.getJsonObject("decision").getInt("workingDaysLeft"));

        HttpResponse<String> akimatIncludes = Keycloak.send("POST", "/api/historical-objects/" + id + "/include", akimat,
                "{\"version\": " + submitted.getInt("version") + "}", "en");
        assertEquals(403, akimatIncludes.statusCode(), "only the ministry includes");
        JsonObject included = Keycloak.json(Keycloak.send("POST", "/api/historical-objects/" + id + "/include", ministry,
                "{\"version\": " + submitted.getInt("version") + "}", "en").body());
        assertEquals("INCLUDED", included.getString("status"), included.toString());

        JsonObject page = Keycloak.json(Keycloak.get("/api/historical-objects?status=INCLUDED&limit=200", ministry, "en").body());
        assertTrue(page.getJsonArray("items").getValuesAs(JsonObject.class).stream().anyMatch(o -> o.getJsonNumber("id").longValue() == id));
        HttpResponse<String> noToken = Keycloak.get("/api/historical-objects", null, "en");
        assertEquals(401, noToken.statusCode(), "the working API needs a token; only /api/public is open");
    }
}
