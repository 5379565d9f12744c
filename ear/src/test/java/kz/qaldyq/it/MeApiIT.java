package kz.qaldyq.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GET /api/me with a password-grant token; without a token a 401 problem, never a redirect to the login page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MeApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Portal.ear();
    }

    @Test
    void enterpriseUserSeesItsLinkedOrganisations() throws Exception {
        HttpResponse<String> response = Keycloak.get("/api/me", Keycloak.token("ent-collector"), "en");
        assertEquals(200, response.statusCode());
        JsonObject me = Keycloak.json(response.body());
        assertEquals("ent-collector", me.getString("username"));
        assertEquals("enterprise", me.getJsonArray("roles").getString(0));
        assertEquals(1, me.getJsonArray("roles").size());
        assertEquals("010440052602", me.getJsonArray("organisations").getJsonObject(0).getString("bin"));
        assertEquals("Taza Astana Service LLP", me.getJsonArray("organisations").getJsonObject(0).getString("name"));
        assertNull(me.get("region"));
    }

    @Test
    void akimatUserSeesItsRegionInTheAskedLanguage() throws Exception {
        JsonObject me = Keycloak.json(Keycloak.get("/api/me", Keycloak.token("akimat-karaganda"), "kk").body());
        assertEquals("akimat", me.getJsonArray("roles").getString(0));
        assertEquals("350000000", me.getJsonObject("region").getString("kato"));
        assertEquals("Қарағанды облысы", me.getJsonObject("region").getString("name"));
        assertTrue(me.getJsonArray("organisations").isEmpty());
    }

    @Test
    void withoutTokenTheAnswerIs401NotARedirect() throws Exception {
        HttpResponse<String> response = Keycloak.get("/api/me", null, "en");
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("Location").isEmpty());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(401, Keycloak.json(response.body()).getInt("status"));
    }

    @Test
    void aForgedTokenIsRefused() throws Exception {
        String token = Keycloak.token("ent-collector");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        assertEquals(401, Keycloak.get("/api/me", forged, "en").statusCode());
    }
}
