package kz.qaldyq.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The indicator dashboard as the ministry and an akimat meet it. The test's own figures: the ministry enters Astana's
 * learners for 2027 (30,000 of 100,000, no other test enters 2027), so indicator 4 reads 30.0 % against the 2027
 * target of 30 % — on track — nationally and for Astana.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IndicatorPagesIT {

    private static final String ASTANA = "710000000";

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Portal.ear();
    }

    @Test
    void ministryEntersLearnersAndSeesTheCardsChartsAndRegionsAndAstanaSeesOnlyAstana() {
        try (Browser browser = new Browser("en")) {
            browser.login("ministry").language("en");
            browser.open("/indicator/data.xhtml");
            browser.choose("data:year", "2027").awaitAjax();
            WebElement row = astanaRow(browser);
            type(row, "input[id$=':num_input']", "30000");
            type(row, "input[id$=':den_input']", "100000");
            type(row, "input[id$=':source']", "Letter of the Astana education department No. 5-12/340");
            row.findElement(By.cssSelector("button[id$=':save']")).click();
            browser.awaitAjax().waitForText("Saved: Astana city.");
            assertEquals("30.0 %", astanaRow(browser).findElement(By.cssSelector(".q-share")).getText());

            browser.open("/indicator/dashboard.xhtml");
            assertEquals("Target indicators of the Waste Concept 2026-2030", browser.text("#page-title"));
            browser.choose("dash:year", "2027").click("#dash\\:show");
            browser.waitFor().until(d -> d.findElement(By.cssSelector(".q-indicator[data-indicator='4'] .q-target")).getText().contains("2027"));
            assertEquals(5, browser.driver().findElements(By.cssSelector(".q-indicator")).size(), "a card per indicator");
            assertEquals("30.0 %", browser.text(".q-indicator[data-indicator='4'] .q-value"));
            assertEquals("On track", browser.text(".q-indicator[data-indicator='4'] .q-status"));
            assertTrue(browser.text(".q-indicator[data-indicator='4'] .q-target").contains("30.0 %"));
            WebElement bar = browser.find(".q-indicator[data-indicator='4'] svg.q-chart rect[data-year='2027']");
            assertTrue(bar.getDomAttribute("class").contains("q-bar-ON_TRACK"), bar.getDomAttribute("class"));
            assertEquals(6, browser.driver().findElements(By.cssSelector(".q-indicator[data-indicator='4'] svg.q-chart text.q-chart-year")).size(),
                    "the chart spans 2025-2030");
            assertFalse(browser.find(".q-indicator[data-indicator='4'] svg.q-chart polyline.q-chart-target").getDomAttribute("points").isBlank(),
                    "the target line is drawn");
            assertTrue(browser.text(".q-indicator[data-indicator='2']").contains("Formula"), "the formula version is named");
            assertTrue(browser.text(".q-indicator[data-indicator='2'] .q-formula-label").matches("v[0-9]+"));

            browser.choose("dash:selected", "4.").awaitAjax();
            assertEquals("30.0 %", browser.text(".q-region-value[data-region='" + ASTANA + "']"));
            assertEquals(20, browser.driver().findElements(By.cssSelector("#dash\\:regions_data tr")).size(), "every region");
            browser.waitFor().until(d -> d.findElements(By.cssSelector("#indicator-map path.leaflet-interactive")).size() == 20);
            browser.screenshot("indicator-dashboard-ministry");
        }

        try (Browser browser = new Browser("en")) {
            browser.login("akimat-astana").language("en");
            browser.open("/indicator/dashboard.xhtml");
            assertFalse(browser.present("#dash\\:region"), "an akimat cannot choose another region");
            assertEquals("Astana city", browser.text("#dash\\:region-name"));
            browser.choose("dash:year", "2027").click("#dash\\:show");
            browser.waitFor().until(d -> d.findElement(By.cssSelector(".q-indicator[data-indicator='4'] .q-target")).getText().contains("2027"));
            assertEquals("30.0 %", browser.text(".q-indicator[data-indicator='4'] .q-value"));
            browser.choose("dash:selected", "4.").awaitAjax();
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#dash\\:regions_data tr"));
            assertEquals(1, rows.size(), "only its own region");
            assertTrue(rows.get(0).getText().startsWith("Astana city"), rows.get(0).getText());
            browser.screenshot("indicator-dashboard-akimat");
        }
    }

    private static WebElement astanaRow(Browser browser) {
        return browser.waitFor().until(d -> d.findElement(By.xpath("//tbody[contains(@id,'learnerRows_data')]/tr[td[normalize-space(.)='Astana city']]")));
    }

    private static void type(WebElement row, String css, String text) {
        WebElement input = row.findElement(By.cssSelector(css));
        input.clear();
        input.sendKeys(text);
    }
}
