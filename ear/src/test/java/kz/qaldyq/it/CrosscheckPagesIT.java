package kz.qaldyq.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The akimat's cross-check page over the demo data of 2025: who is missing, and a delivery only one side reports. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrosscheckPagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Portal.ear();
    }

    @Test
    void akimatAstanaSeesWhoIsMissingAndAnUnmatchedDelivery() {
        try (Browser browser = new Browser("en")) {
            browser.login("akimat-astana").language("en");
            browser.open("/review/crosscheck.xhtml");
            assertTrue(browser.text("#cc\\:region-name").contains("Astana"));
            // demo: Taza Astana Service filed 2024 (approved) and has only a draft for 2025
            String missing = browser.text("#cc\\:missing");
            assertTrue(missing.contains("Taza Astana Service LLP") && missing.contains("filed last year"), missing);
            // demo: Elorda delivered to the Astana landfill in 2025, whose operator has not filed waste-2 for 2025
            String deliveries = browser.text("#cc\\:deliveries");
            assertTrue(deliveries.contains("only the collector reports it"), deliveries);
            assertTrue(Integer.parseInt(browser.text("#flagged")) >= 1);
            assertTrue(browser.text("#cc\\:series").contains("2024"), "the per-person series shows the approved years");
        }
    }

    @Test
    void theReviewPageShowsTheFiveYearSeriesAndBothSidesOfEachDelivery() {
        try (Browser browser = new Browser("en")) {
            browser.login("akimat-astana").language("en");
            // demo report 12: Elorda Collection's waste-1 for 2025, submitted; approved 2023 and 2024 before it
            browser.open("/review/report.xhtml?id=12");
            assertTrue(browser.text("#page-title").contains("2025"), browser.text("#page-title"));
            java.util.List<org.openqa.selenium.WebElement> bars = browser.driver()
                    .findElements(org.openqa.selenium.By.cssSelector("span.q-spark[data-series='100'] .q-spark-bar"));
            org.junit.jupiter.api.Assertions.assertEquals(6, bars.size(), "2020 to 2025");
            assertTrue(bars.get(0).getDomAttribute("style").contains("height: 0px"), "nothing approved for 2020");
            assertTrue(!bars.get(3).getDomAttribute("style").contains("height: 0px"), "2023 was approved");
            assertTrue(!bars.get(4).getDomAttribute("style").contains("height: 0px"), "2024 was approved");
            // 161 300 t in 2024, 168 900 t in 2025
            org.junit.jupiter.api.Assertions.assertEquals("4.7 %", browser.text("span.q-change[data-change='100']"));
            // the Astana landfill has not reported its 2025 receipts: the delivery is flagged on this report
            assertTrue(browser.text("span.q-flag[data-flag='ONLY_COLLECTOR']").contains("only the collector reports it"));
        }
    }

    @Test
    void anEnterpriseUserCannotReachTheRegionCrossChecks() {
        try (Browser browser = new Browser("en")) {
            browser.login("ent-collector").language("en");
            browser.open("/review/crosscheck.xhtml");
            assertTrue(browser.find("#error-403").isDisplayed());
        }
    }
}
