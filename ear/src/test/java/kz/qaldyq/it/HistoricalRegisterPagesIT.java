package kz.qaldyq.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The historical-pollution register as people meet it: the public page without login (map, table, object page, in
 * Kazakh), the akimat recording and submitting an object, the ministry including it, and the object on the public page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HistoricalRegisterPagesIT {

    /** Pavlodar's demo object names its owner by BIN; the public never sees it. */
    private static final String DEMO_OWNER_BIN = "030640090834";

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Portal.ear();
    }

    @Test
    void anonymousVisitorSeesTheRegisterOnTheMapInKazakhAndOpensAnObject() {
        try (Browser browser = new Browser("kk")) {
            browser.open("/public/register.xhtml").language("kk");
            assertEquals("Тарихи ластану объектілерінің тізілімі", browser.text("#page-title"));
            assertTrue(browser.driver().findElements(By.id("user-name")).isEmpty(), "nobody is logged in");

            int rows = browser.driver().findElements(By.cssSelector("#objects .register-row")).size();
            assertTrue(rows >= 3, "the demo objects in the register are listed: " + rows);
            browser.waitFor().until(d -> d.findElements(By.cssSelector("#register-map .leaflet-marker-icon")).size() == rows);
            String table = browser.text("#objects");
            assertTrue(table.contains("Қарағанды облысы"), table);
            assertTrue(table.contains("Жою: Жоба бекітілді"), "Temirtau's liquidation stage: " + table);
            assertFalse(table.contains("Маңғыстау облысы"), "an object still awaiting the decision is not public");
            assertTrue(browser.driver().findElements(By.cssSelector("img.leaflet-tile")).isEmpty(), "no tile server");
            browser.screenshot("historical-public-register-kk");

            WebElement pavlodar = browser.driver().findElements(By.cssSelector("#objects .object-link")).stream()
                    .filter(a -> a.getText().startsWith("Павлодар")).findFirst().orElseThrow();
            pavlodar.click();
            browser.waitFor().until(d -> d.getCurrentUrl().contains("/public/object.xhtml?id="));
            assertEquals("Павлодар облысы (551000000)", browser.text("#region"));
            assertEquals("Ластанған аумақ", browser.text("#type"));
            assertTrue(browser.text("#pollutants").contains("Топырақ"));
            browser.waitFor().until(d -> !d.findElements(By.cssSelector("#object-map .leaflet-marker-icon")).isEmpty());
            assertFalse(browser.bodyText().contains(DEMO_OWNER_BIN), "no owner on the public page");
            browser.screenshot("historical-public-object-kk");
        }
    }

    @Test
    void publicJsonNeedsNoTokenAndShowsOnlyPublicFields() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(Portal.URL + "/api/public/historical-objects"))
                .header("Accept-Language", "kk").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, list.statusCode(), list.body());
        JsonArray objects;
        try (JsonReader reader = Json.createReader(new StringReader(list.body()))) {
            objects = reader.readArray();
        }
        assertTrue(objects.size() >= 3);
        List<String> statuses = List.of("INCLUDED", "CATEGORISED", "LIQUIDATION", "MONITORING");
        for (JsonObject o : objects.getValuesAs(JsonObject.class)) {
            assertTrue(statuses.contains(o.getString("status")), o.toString());
        }
        assertTrue(objects.getValuesAs(JsonObject.class).stream().anyMatch(o -> o.getString("regionName").equals("Павлодар облысы")));
        assertFalse(list.body().contains("owner") || list.body().contains(DEMO_OWNER_BIN), list.body());

        long pavlodar = objects.getValuesAs(JsonObject.class).stream().filter(o -> o.getString("region").equals("550000000"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        HttpResponse<String> one = http.send(HttpRequest.newBuilder(URI.create(Portal.URL + "/api/public/historical-objects/" + pavlodar))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, one.statusCode());
        assertFalse(one.body().contains(DEMO_OWNER_BIN), one.body());
        HttpResponse<String> awaiting = http.send(HttpRequest.newBuilder(URI.create(Portal.URL + "/api/public/historical-objects/4"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, awaiting.statusCode(), "Mangystau awaits the decision: not public yet");
    }

    @Test
    void akimatSubmitsAnObjectTheMinistryIncludesItAndItAppearsOnThePublicPage() {
        String name = "Сынақ шлам қоймасы " + UUID.randomUUID().toString().substring(0, 8);
        String id;
        try (Browser browser = new Browser("kk")) {
            browser.login("akimat-karaganda").language("kk");
            browser.open("/historical/object.xhtml");
            browser.type("#obj\\:name", name)
                    .type("#obj\\:district", "351600000")
                    .type("#obj\\:lat", "49,95")
                    .type("#obj\\:lon", "73.1");
            browser.choose("obj:type", "Ластанған аумақ");
            browser.click("#obj\\:save");
            browser.waitForText("Объект сақталды.");
            assertTrue(browser.text("#missing").contains("жер және су санаттары көрсетілген ластанған аудан"),
                    "the page names what is still missing: " + browser.text("#missing"));
            id = browser.url().replaceAll(".*[?&]id=([0-9]+).*", "$1");

            browser.type("#obj\\:originActivity", "Кеңестік кезеңдегі химия өндірісі")
                    .type("#obj\\:originPeriod", "1970-1991");
            browser.choose("obj:ownership", "Иесіз");
            browser.choose("obj:court", "Іс қаралуда");
            browser.type("#obj\\:pollutants\\:0\\:code", "Hg").type("#obj\\:pollutants\\:0\\:amount", "2,5");
            browser.type("#obj\\:area", "12,5");
            browser.choose("obj:land", "Өнеркәсіп және көлік жерлері");
            browser.choose("obj:water", "Жерасты сулары");
            browser.choose("obj:impact", "Жоғары");
            browser.click("#obj\\:treatyAssessed .ui-chkbox-box");
            browser.type("#obj\\:popZone", "1200").type("#obj\\:popThreat", "300")
                    .type("#obj\\:works", "Ластанған топырақты шығару және залалсыздандыру");
            browser.click("#obj\\:submit");
            browser.waitForText("Объект министрлікке жолданды.");
            assertEquals("Министрлікке жолданды", browser.text("#status"));
            assertTrue(browser.text("#countdown").contains("30 жұмыс күні қалды"), browser.text("#countdown"));
        }

        try (Browser browser = new Browser("kk")) {
            browser.login("ministry").language("kk");
            browser.open("/historical/objects.xhtml");
            WebElement row = browser.driver().findElements(By.cssSelector("#list\\:objects .object-row")).stream()
                    .filter(r -> r.getText().contains(name)).findFirst().orElseThrow();
            assertTrue(row.getText().contains("30 жұмыс күні қалды"), row.getText());
            assertTrue(browser.text("#list\\:objects").contains("жұмыс күнге кешікті"), "the overdue demo decision is marked");
            browser.screenshot("historical-ministry-objects-kk");

            browser.open("/historical/object.xhtml?id=" + id);
            browser.click("#decision\\:include");
            browser.waitForText("Объект тізілімге енгізілді.");
            assertEquals("Тізілімге енгізілді", browser.text("#status"));
            assertTrue(browser.text("#history").contains("akimat-karaganda"), "who submitted is recorded");
            assertTrue(browser.text("#history").contains("ministry"), "who included is recorded");
        }

        try (Browser browser = new Browser("kk")) {
            browser.open("/public/register.xhtml").language("kk");
            browser.waitForText(name);
            browser.waitFor().until(d -> d.findElements(By.cssSelector("#register-map .leaflet-marker-icon")).size()
                    == d.findElements(By.cssSelector("#objects .register-row")).size());
            browser.open("/public/object.xhtml?id=" + id);
            assertEquals(name, browser.text("#page-title"));
            assertEquals("Тізілімге енгізілді", browser.text("#status"));
        }
    }

    @Test
    void adminSeesThePublicHolidaysTheCountdownSkips() {
        try (Browser browser = new Browser("ru")) {
            browser.login("admin").language("ru");
            browser.open("/admin/holidays.xhtml");
            assertEquals("Праздничные дни", browser.text("#page-title"));
            String list = browser.text("#holidays\\:list");
            assertTrue(list.contains("01.01.2025") && list.contains("Новый год"), list);
            assertFalse(browser.driver().findElements(By.cssSelector("#nav [id$='m-holidays']")).isEmpty(), "the administration menu offers the page");
        }
    }
}
