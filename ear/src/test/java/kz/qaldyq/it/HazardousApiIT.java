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

/**
 * The hazardous-waste registry through /api with the caller's scope: ent-collector (Taza Astana Service LLP, demo
 * organisation 1) registers a site as a generator, files a passport and an inventory for 16 06 01 (year 2024; the form is only this
 * test's for organisation 1), which goes through /api/reports like every form; the ministry decides; another enterprise is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HazardousApiIT {

    private static final String BIN = "010440052602";
    /** Ekibastuz demercurisation plant (demo): its licence covers 16 06 01 for recovery and disposal. */
    private static final long LICENSED_FACILITY = 301;

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Portal.ear();
    }

    @Test
    void generatorRegistersFilesAPassportAndAnInventoryTheMinistryDecides() throws Exception {
        String enterprise = Keycloak.token("ent-collector");
        String other = Keycloak.token("ent-generator");
        String ministry = Keycloak.token("ministry");
        String akimat = Keycloak.token("akimat-astana");

        HttpResponse<String> site = Keycloak.send("POST", "/api/hazardous/facilities", enterprise,
                "{\"organisationId\": 1, \"name\": \"Battery store\", \"kato\": \"710000000\", \"latitude\": 51.1, \"longitude\": 71.4,"
                        + " \"environmentalCategory\": \"III\"}", "en");
        assertEquals(200, site.statusCode(), site.body());
        long facilityId = Keycloak.json(site.body()).getJsonNumber("id").longValue();

        JsonObject generator = Keycloak.json(Keycloak.send("POST", "/api/hazardous/generators", enterprise,
                "{\"organisationId\": 1, \"facilityIds\": [" + facilityId + "]}", "en").body());
        long generatorId = generator.getJsonNumber("id").longValue();
        assertEquals("DRAFT", generator.getString("status"));
        assertEquals(403, Keycloak.get("/api/hazardous/generators/" + generatorId, other, "en").statusCode(), "another enterprise");
        JsonObject submitted = Keycloak.json(Keycloak.send("POST", "/api/hazardous/generators/" + generatorId + "/submit", enterprise,
                "{\"version\": " + generator.getInt("version") + "}", "en").body());
        assertEquals("SUBMITTED", submitted.getString("status"));
        HttpResponse<String> returnWithout = Keycloak.send("POST", "/api/hazardous/generators/" + generatorId + "/return", ministry,
                "{\"version\": " + submitted.getInt("version") + "}", "en");
        assertEquals(422, returnWithout.statusCode(), "a return needs a comment");
        JsonObject registered = Keycloak.json(Keycloak.send("POST", "/api/hazardous/generators/" + generatorId + "/register", ministry,
                "{\"version\": " + submitted.getInt("version") + "}", "en").body());
        assertEquals("REGISTERED", registered.getString("status"));

        HttpResponse<String> passport = Keycloak.send("POST", "/api/hazardous/passports", enterprise,
                "{\"facilityId\": " + facilityId + ", \"wasteCode\": \"16 06 01\", \"wasteName\": \"Spent lead-acid batteries\","
                        + " \"originKind\": \"SPENT_PRODUCT\", \"origin\": \"Vehicle fleet\", \"productName\": \"Starter batteries\","
                        + " \"properties\": [\"HP8\", \"HP10\"], \"components\": [{\"component\": \"Lead\", \"percent\": 65},"
                        + " {\"component\": \"Sulphuric acid\", \"percent\": 20}], \"firstGenerated\": \"2020-01-15\"}", "en");
        assertEquals(201, passport.statusCode(), passport.body());
        assertTrue(Keycloak.json(passport.body()).getBoolean("late"), "filed years after first generation");
        HttpResponse<String> otherPassport = Keycloak.send("POST", "/api/hazardous/passports", other,
                "{\"facilityId\": " + facilityId + ", \"wasteCode\": \"13 02 05\", \"wasteName\": \"x\", \"originKind\": \"PROCESS\","
                        + " \"origin\": \"x\", \"properties\": [\"HP14\"], \"firstGenerated\": \"2020-01-15\"}", "en");
        assertEquals(403, otherPassport.statusCode(), otherPassport.body());

        HttpResponse<String> created = Keycloak.send("POST", "/api/hazardous/inventories", enterprise,
                "{\"facilityId\": " + facilityId + ", \"year\": 2024, \"wasteCode\": \"160601\"}", "en");
        assertEquals(201, created.statusCode(), created.body());
        long id = Keycloak.json(created.body()).getJsonNumber("id").longValue();
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/reports/" + id));

        JsonObject report = Keycloak.json(Keycloak.get("/api/reports/" + id, enterprise, "en").body());
        assertEquals("16 06 01", report.getString("wasteCode"));
        JsonObject saved = Keycloak.json(Keycloak.send("PUT", "/api/reports/" + id, enterprise, "{\"version\": " + report.getInt("version")
                + ", \"values\": {\"100\": 0, \"110\": 1.2, \"130\": 1.2, \"160\": 0}, \"details\": [{\"table\": \"TRANSFERRED\","
                + " \"bin\": \"051240011112\", \"name\": \"Unknown receiver\", \"category\": \"DISPOSAL\", \"tonnes\": 1.2}]}", "en").body());
        JsonObject validation = Keycloak.json(Keycloak.send("POST", "/api/reports/" + id + "/validate", enterprise, "{}", "en").body());
        List<String> rules = validation.getJsonArray("results").getValuesAs(JsonObject.class).stream().map(r -> r.getString("rule")).toList();
        assertEquals(List.of("H-LICENCE"), rules, validation.toString());
        HttpResponse<String> refused = Keycloak.send("POST", "/api/reports/" + id + "/submit", enterprise,
                "{\"version\": " + saved.getInt("version") + "}", "en");
        assertEquals(422, refused.statusCode());
        assertTrue(Keycloak.json(refused.body()).getJsonArray("rules").getValuesAs(JsonString.class).stream()
                .anyMatch(s -> s.getString().equals("H-LICENCE")), refused.body());

        JsonObject fixed = Keycloak.json(Keycloak.send("PUT", "/api/reports/" + id, enterprise, "{\"version\": " + saved.getInt("version")
                + ", \"values\": {\"100\": 0, \"110\": 1.2, \"130\": 1.2, \"160\": 0}, \"details\": [{\"table\": \"TRANSFERRED\","
                + " \"facilityId\": " + LICENSED_FACILITY + ", \"category\": \"DISPOSAL\", \"tonnes\": 1.2}]}", "en").body());
        assertEquals(0, fixed.getJsonArray("results").size(), fixed.toString());
        JsonObject inReview = Keycloak.json(Keycloak.send("POST", "/api/reports/" + id + "/submit", enterprise,
                "{\"version\": " + fixed.getInt("version") + "}", "en").body());
        assertEquals("SUBMITTED", inReview.getString("status"));
        assertEquals(403, Keycloak.send("POST", "/api/reports/" + id + "/approve", akimat,
                "{\"version\": " + inReview.getInt("version") + "}", "en").statusCode(), "the ministry reviews the inventory");
        JsonObject approved = Keycloak.json(Keycloak.send("POST", "/api/reports/" + id + "/approve", ministry,
                "{\"version\": " + inReview.getInt("version") + "}", "en").body());
        assertEquals("APPROVED", approved.getString("status"));

        JsonObject page = Keycloak.json(Keycloak.get("/api/hazardous/registry?organisation=" + BIN, ministry, "en").body());
        assertEquals(1, page.getInt("total"), page.toString());
        assertTrue(page.getJsonArray("items").getJsonObject(0).getJsonArray("passportCodes").getValuesAs(JsonString.class).stream()
                .anyMatch(s -> s.getString().equals("16 06 01")));
        JsonObject mine = Keycloak.json(Keycloak.get("/api/hazardous/registry", other, "en").body());
        assertTrue(mine.getJsonArray("items").getValuesAs(JsonObject.class).stream().noneMatch(e -> e.getString("bin").equals(BIN)),
                "an enterprise sees its own entries only");
    }
}
