package kz.qaldyq.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hazardous-waste registry as its users see it (demo data: ent-generator acts for Pavlodar Chemical Plant JSC,
 * BIN 030640090834, facility "Pavlodar chemical production"; Ekibastuz Demercurisation LLP holds a licence for
 * 06 04 04, the Temirtau recycling plant none): the generator registers, files a passport and an inventory whose
 * transfer goes to an unlicensed receiver, sees the ERROR, picks the licensed receiver and submits; the ministry
 * registers the generator and approves the inventory; the registry extract (PDF) lists the generator.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HazardousRegistryPagesIT {

    private static final String BIN = "030640090834";
    private static final String MERCURY = "06 04 04";
    private static final String YEAR = String.valueOf(LocalDate.now(ZoneId.of("Asia/Almaty")).getYear() - 1);

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Portal.ear();
    }

    @Test
    void generatorRegistersFilesAndTheMinistryApproves() throws Exception {
        long inventoryId = generatorRegistersAndFiles();
        ministryRegistersApprovesAndExtracts(inventoryId);
    }

    private long generatorRegistersAndFiles() {
        try (Browser browser = new Browser("en")) {
            try {
                browser.login("ent-generator").language("en");
                browser.open("/hazardous/registration.xhtml");
                browser.waitForText("Facilities where hazardous waste arises");
                assertTrue(browser.text("#organisation-name").contains(BIN));
                assertEquals("not registered yet", browser.text("#generator-status"));

                // registration: the production site (category I) declared and sent to the ministry
                browser.click("label[for='reg:declared:0']");
                browser.type("#reg\\:contact", "+7 7182 55 00 00");
                browser.ajaxClick("#reg\\:submit");
                assertTrue(browser.text("#messages").contains("sent to the ministry"), browser.text("#messages"));
                assertEquals("Submitted", browser.text("#generator-status"));
                browser.screenshot("hazardous-registration");

                // the passport of the mercury waste, filed a month after it first arose
                browser.click("a.new-passport");
                browser.waitFor().until(d -> d.getCurrentUrl().contains("/hazardous/passport.xhtml?facility="));
                browser.type("#passport\\:wasteCode", MERCURY);
                browser.type("#passport\\:wasteName", "Mercury-containing sludge of chlor-alkali electrolysis");
                browser.type("#passport\\:origin", "Chlor-alkali electrolysis with a mercury cathode");
                browser.click("label[for='passport:properties:5']"); // HP6 acute toxicity
                browser.click("label[for='passport:properties:13']"); // HP14 ecotoxic
                browser.type("input[id$='components:0:component']", "Mercury");
                browser.type("input[id$='components:0:percent']", "2.5");
                browser.type("#passport\\:labName", "Pavlodar regional laboratory");
                browser.type("#passport\\:labProtocolNo", "LP-2025/117");
                browser.type("#passport\\:firstGenerated",
                        LocalDate.now(ZoneId.of("Asia/Almaty")).minusMonths(1).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
                browser.click("#passport\\:file");
                browser.waitFor().until(d -> d.getCurrentUrl().contains("/hazardous/passport.xhtml?id="));
                assertTrue(browser.text("#messages").contains("The passport has been filed."), browser.text("#messages"));
                assertEquals("1", browser.text("#passport-version"));
                browser.screenshot("hazardous-passport");

                // the inventory of the year for that code, in the forms' entry page
                browser.open("/hazardous/registration.xhtml");
                assertTrue(browser.text("#reg\\:passports").contains(MERCURY + "*"));
                browser.choose("reg:inventoryYear", YEAR);
                browser.type("#reg\\:inventoryCode", "060404");
                browser.click("#reg\\:createInventory");
                browser.waitFor().until(d -> d.getCurrentUrl().contains("/filing/report.xhtml?id="));
                long id = Long.parseLong(browser.url().replaceAll(".*[?&]id=(\\d+).*", "$1"));
                assertTrue(browser.text("#report-subject").contains(MERCURY), browser.text("#report-subject"));

                browser.type("input[data-line='100']", "0");
                browser.type("input[data-line='110']", "3,2");
                browser.type("input[data-line='130']", "2,5");
                browser.type("input[data-line='160']", "0,7");
                browser.ajaxClick("[id$='tables:1:addRow']");
                browser.pick("input[id$='tables:1:rows:0:facility_input']", "Temirtau", "Temirtau plastics recycling plant");
                browser.choose(browser.idOf("div[id$='tables:1:rows:0:category']"), "Disposal (D)");
                browser.type("input[id$='tables:1:rows:0:tonnes']", "2,5");
                browser.ajaxClick("#report\\:check");
                String licence = browser.text("li.q-result[data-rule='H-LICENCE']");
                assertTrue(licence.startsWith("Error"), licence);
                assertTrue(licence.contains("holds no licence for code " + MERCURY), licence);
                browser.screenshot("hazardous-inventory-unlicensed");
                browser.ajaxClick("#report\\:submit");
                assertTrue(browser.text("#messages").contains("H-LICENCE"), browser.text("#messages"));
                assertEquals("Draft", browser.text("#report-status"));

                // the licensed receiver instead
                browser.pick("input[id$='tables:1:rows:0:facility_input']", "Ekibastuz", "Ekibastuz demercurisation plant");
                browser.ajaxClick("#report\\:check");
                assertFalse(browser.present("li.q-result[data-rule='H-LICENCE']"), "the licence covers the code and disposal");
                assertTrue(browser.text("li.q-result[data-rule='H-PRTR']").startsWith("Information")
                        || browser.text("li.q-result[data-rule='H-PRTR']").contains("2.500"), "2.5 t a year marks the generator for the PRTR");
                browser.ajaxClick("#report\\:submit");
                assertTrue(browser.text("#messages").contains("The report has been submitted."), browser.text("#messages"));
                assertEquals("Submitted", browser.text("#report-status"));
                browser.screenshot("hazardous-inventory-submitted");
                return id;
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("hazardous-generator-failed");
                throw e;
            }
        }
    }

    private void ministryRegistersApprovesAndExtracts(long inventoryId) throws Exception {
        try (Browser browser = new Browser("en")) {
            try {
                browser.login("ministry").language("en");
                browser.open("/hazardous/registry.xhtml");
                browser.type("#search\\:organisation", BIN);
                browser.ajaxClick("#search\\:go");
                browser.click("a.entry-link");
                browser.waitFor().until(d -> d.getCurrentUrl().contains("/hazardous/generator.xhtml?id="));
                assertEquals("Submitted", browser.text("#entry-status"));
                browser.ajaxClick("#entry\\:register");
                assertTrue(browser.text("#messages").contains("entered in the registry"), browser.text("#messages"));
                assertEquals("Registered", browser.text("#entry-status"));
                assertTrue(browser.text("#entry-registry-no").startsWith("HWG-"));

                // the inventory through the forms' review page: the ministry reviews this form
                browser.open("/review/report.xhtml?id=" + inventoryId);
                assertEquals("Under review", browser.text("#report-status"), "opening a submitted inventory starts its review");
                browser.ajaxClick("#review\\:approve");
                assertTrue(browser.text("#messages").contains("The report has been approved."), browser.text("#messages"));
                assertEquals("Approved", browser.text("#report-status"));
                browser.screenshot("hazardous-inventory-approved");

            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("hazardous-ministry-failed");
                throw e;
            }
            String text = extractText(browser);
            assertTrue(text.contains("Extract from the registry of hazardous-waste generators"), text);
            assertTrue(text.contains(BIN), text);
            assertTrue(text.contains("Pavlodar Chemical Plant JSC"), text);
            assertTrue(text.contains(MERCURY + "*"), text);
            assertTrue(text.contains("HWG-"), text);
            assertTrue(text.contains(YEAR), "the PRTR year: " + text);
        }
    }

    /** The extract as the ministry downloads it: the browser's session cookie on a plain HTTP request. */
    private static String extractText(Browser browser) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Portal.URL + "/api/hazardous/registry.pdf?organisation=" + BIN + "&lang=en"))
                .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID"))
                .header("Accept", "application/pdf")
                .GET().build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }
}
