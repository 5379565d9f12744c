package kz.qaldyq.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The Action Plan as people meet it: Astana's akimat reports row 14 (separate collection of WEEE) for 2029, a year no
 * other test uses, with a text and an evidence file; the ministry sees Astana counted for row 14 and the other
 * regions missing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActionPlanPagesIT {

    private static final int YEAR = 2029;

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Portal.ear();
    }

    @Test
    void akimatReportsRowFourteenAndTheMinistrySeesWhichRegionsReported() throws Exception {
        Path evidence = Files.createTempFile("weee-containers", ".pdf");
        Files.write(evidence, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1));
        try (Browser browser = new Browser("en")) {
            browser.login("akimat-astana").language("en");
            browser.click("#nav\\:menu a[id$='m-plan']");
            browser.waitFor().until(d -> d.getCurrentUrl().contains("/plan/plan.xhtml"));
            assertEquals("Action Plan of the Waste Concept 2026-2030", browser.text("#page-title"));
            browser.clickText(String.valueOf(YEAR));
            browser.waitFor().until(d -> d.getCurrentUrl().contains("year=" + YEAR));
            assertTrue(browser.text(".plan-row-14 .plan-status").contains("Not reported"), browser.text(".plan-row-14"));

            browser.click(".plan-row-14 .plan-number");
            browser.waitFor().until(d -> d.getCurrentUrl().contains("/plan/item.xhtml"));
            assertTrue(browser.text("#item-name").contains("WEEE"), browser.text("#item-name"));
            browser.click("label[for='edit\\:status\\:2']");
            browser.type("#edit\\:text", "WEEE containers placed in all districts of Astana; 12 t handed to a licensed recycler");
            browser.driver().findElement(By.cssSelector("#edit input[type='file']")).sendKeys(evidence.toAbsolutePath().toString());
            browser.click("#edit\\:save");
            browser.waitForText("The report is saved.");

            assertEquals("Done", browser.text("#status"));
            assertTrue(browser.text("#report-title").contains("Astana city"), browser.text("#report-title"));
            assertTrue(browser.text("#progress").contains("12 t handed to a licensed recycler"));
            assertTrue(browser.text("#docs\\:evidence").contains(evidence.getFileName().toString()), browser.text("#docs\\:evidence"));
            String history = browser.text("#hist\\:history");
            assertTrue(history.contains("akimat-astana") && history.contains("Reported") && history.contains("Document added"), history);
            assertFalse(browser.present("#regions"), "an akimat does not see the other regions");
            browser.screenshot("plan-item-akimat-en");
        } finally {
            Files.deleteIfExists(evidence);
        }

        try (Browser browser = new Browser("en")) {
            browser.login("ministry").language("en");
            browser.open("/plan/plan.xhtml?year=" + YEAR);
            assertEquals("Reported by 1 of 20 regions", browser.text(".plan-row-14 .plan-regions"));
            assertTrue(browser.text("#chain").contains("1. Executors → Ministry of Ecology (by 1 April)"), browser.text("#chain"));
            assertTrue(browser.text(".chain-step-1").contains("01.04." + (YEAR + 1)), browser.text(".chain-step-1"));
            browser.screenshot("plan-ministry-en");

            browser.click(".plan-row-14 .plan-number");
            browser.waitFor().until(d -> d.getCurrentUrl().contains("/plan/item.xhtml"));
            assertTrue(browser.text(".region-710000000 .region-status").contains("Done"), browser.text(".region-710000000"));
            assertTrue(browser.text(".region-350000000 .region-status").contains("Not reported"), browser.text(".region-350000000"));
            assertEquals(19, browser.driver().findElements(By.cssSelector("#regions .region-missing")).size(), "the other 19 regions are missing");
            assertFalse(browser.present("#edit"), "the ministry does not report an akimat row");

            browser.click(".region-710000000 a");
            browser.waitForText("Report for the year · Astana city");
            assertTrue(browser.text("#progress").contains("12 t handed to a licensed recycler"));
        }
    }
}
