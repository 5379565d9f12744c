package kz.qaldyq.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * One waste-1 report through its whole cycle, as the collector and the akimat official see it: entry with a decimal
 * comma, the checks, an explained warning, submission and receipt, return with comments, correction, approval. The
 * reporting years 2021 and 2022 are this class's own (ReportApiIT uses 2020); no other test files for them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FilingCyclePagesIT {

    private static final String YEAR = "2021";
    private static final String EXPLANATION = "10 t were still in the transfer station's containers on 31 December.";
    private static final String RETURN_COMMENT = "Lines 200 and 201 do not match the landfill's weighbridge records.";
    private static final String LINE_COMMENT = "The landfill weighed 1 000 t from you in 2021.";
    /** The label of line 100 in Kazakh (form data, V6 migration). */
    private static final String LINE_100_KK = "Жиналған коммуналдық қалдықтар, барлығы";

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Portal.ear();
    }

    @Test
    void collectorFilesAkimatReturnsCollectorCorrectsAkimatApproves() throws Exception {
        long id = collectorFilesWithAnExplainedWarning();
        akimatReturnsWithComments(id);
        collectorSeesTheCommentsCorrectsAndResubmits(id);
        akimatApproves(id);
        collectorSeesItApproved(id);
    }

    /** Two sessions on one draft (year 2022, this test's own): the later save is refused, nothing overwritten. */
    @Test
    void aSaveOverSomeoneElsesNewerSaveIsRefusedWithAMessage() {
        try (Browser first = new Browser("en"); Browser second = new Browser("en")) {
            first.login("ent-collector").language("en");
            first.open("/filing/reports.xhtml");
            first.choose("new:year", "2022");
            first.click("#new\\:create");
            first.waitFor().until(d -> d.getCurrentUrl().contains("/filing/report.xhtml?id="));
            String page = first.url().substring(Portal.URL.length());

            second.login("ent-collector").language("en");
            second.open(page);
            assertEquals("Draft", second.text("#report-status"));

            line(first, "101", "5,5");
            first.ajaxClick("#report\\:save");
            assertTrue(first.text("#messages").contains("The draft has been saved."), first.text("#messages"));

            line(second, "101", "6");
            second.ajaxClick("#report\\:save");
            second.screenshot("filing-report-concurrent-save");
            String refusal = second.text("#messages");
            assertTrue(refusal.contains("Someone else (ent-collector) saved this record at"), refusal);
            assertTrue(refusal.contains("Nothing was overwritten"), refusal);
            assertEquals("Draft", second.text("#report-status"), "the page stays, no error page");

            second.open(page);
            assertEquals("5.5", second.value("input[data-line='101']"), "the first save stands");
        }
    }

    private long collectorFilesWithAnExplainedWarning() throws Exception {
        try (Browser browser = new Browser("en")) {
            try {
                browser.login("ent-collector").language("en");
                browser.clickText("My reports");
                browser.waitForText("New report");
                assertEquals("My reports", browser.text("#page-title"));
                assertTrue(browser.text("#organisation-name").startsWith("Taza Astana Service LLP"));
                assertTrue(browser.text("#new\\:region_label").startsWith("Astana city"), "waste-1 defaults to the organisation's region");
                browser.choose("new:year", YEAR);
                browser.screenshot("filing-reports");
                browser.click("#new\\:create");
                browser.waitFor().until(d -> d.getCurrentUrl().contains("/filing/report.xhtml?id="));
                long id = Long.parseLong(browser.url().replaceAll(".*[?&]id=(\\d+).*", "$1"));
                assertEquals("Draft", browser.text("#report-status"));
                assertEquals(YEAR, browser.text("#report-year"));
                assertTrue(browser.text("#report-form").startsWith("waste-1"));
                assertTrue(browser.text("#report-subject").startsWith("Astana city"));
                assertTrue(browser.text("#report-organisation").contains("010440052602"));

                // line 100 left inconsistent with its parts; the parts typed with a decimal comma
                line(browser, "100", "900");
                line(browser, "101", "700,5");
                line(browser, "102", "299,5");
                line(browser, "200", "990");
                line(browser, "201", "990");
                line(browser, "300", "4 000"); // 250 kg a person: plausible, so the only warning is the one below
                assertEquals("1 000", browser.text(".q-sum[data-sum-of='100'] .q-sum-value"), "the live sum of lines 101-114");
                assertTrue(browser.find(".q-sum[data-sum-of='100']").getDomAttribute("class").contains("q-sum-differs"));

                browser.ajaxClick("#report\\:check");
                String sum = browser.text("li.q-result[data-rule='W1-SUM-100']");
                assertTrue(sum.startsWith("Error"), sum);
                assertTrue(sum.contains("Line 100 (900.000 t) is not the sum of lines 101-114 (1,000.000 t)"), sum);
                assertTrue(browser.present("li.q-result[data-rule='W1-SUM-100'] a[href='#line-100']"), "the finding links to its line");

                browser.ajaxClick("#report\\:submit");
                assertTrue(browser.text("#messages").contains("cannot be submitted while errors remain"), browser.text("#messages"));
                assertTrue(browser.text("#messages").contains("W1-SUM-100"));
                assertEquals("Draft", browser.text("#report-status"));
                assertEquals("700.5", browser.value("input[data-line='101']"), "saved and shown back in English notation");

                // the total fixed (thousands separated by a space); now 200 is 1 % short of 100: a warning
                line(browser, "100", "1 000");
                assertTrue(browser.find(".q-sum[data-sum-of='100']").getDomAttribute("class").contains("q-sum-ok"));
                browser.ajaxClick("#report\\:check");
                assertFalse(browser.present("li.q-result[data-rule='W1-SUM-100']"));
                String warning = browser.text("li.q-result[data-rule='W1-200-100']");
                assertTrue(warning.startsWith("Warning"), warning);
                assertTrue(warning.contains("differs from waste collected (line 100, 1,000.000 t) by 1.0 %"), warning);
                assertTrue(browser.text("li.q-result[data-rule='W1-DEL-201']").startsWith("Error"), "no delivery matches line 201 yet");

                // the delivery to Astana's landfill, and the warning explained
                browser.ajaxClick("[id$='tables:0:addRow']");
                browser.pick("input[id$=':rows:0:facility_input']", "Astana MSW", "Astana MSW landfill");
                browser.choose(browser.idOf("div[id$=':rows:0:category']"), "MSW landfill");
                browser.type("input[id$=':rows:0:tonnes']", "990");
                browser.type("textarea[data-explain='W1-200-100|200']", EXPLANATION);
                browser.ajaxClick("#report\\:check");
                assertFalse(browser.present("li.q-result[data-rule='W1-DEL-201']"), "the deliveries add up to line 201");
                assertTrue(browser.text("#messages").contains("Errors: 0, warnings: 1, notes: 0."), browser.text("#messages"));
                browser.screenshot("filing-report-checked");

                browser.ajaxClick("#report\\:submit");
                browser.screenshot("filing-report-submitted");
                assertTrue(browser.text("#messages").contains("The report has been submitted."), browser.text("#messages"));
                assertEquals("Submitted", browser.text("#report-status"));
                assertEquals("Late", browser.text("#report-late"), "2021 was due on 1 February 2022");
                assertTrue(browser.text("#report-submitted").contains("ent-collector"));
                assertFalse(browser.present("input[data-line]"), "a submitted report is shown read-only");
                assertEquals("700.5", browser.text("span[data-value='101']"));
                assertEquals(EXPLANATION, browser.text("li.q-result[data-rule='W1-200-100'] .q-explanation-text"));
                assertTrue(browser.find("a[id='report:receipt']").getDomAttribute("href").endsWith("/api/reports/" + id + "/receipt.pdf"));

                // RECEIPT: GET /api/reports/{id}/receipt.pdf is built by the lead on main in parallel; on branch ui it
                // does not exist yet, so this part fails there (404) and passes once both are merged.
                browser.language("kk");
                String receipt = receiptText(browser, id);
                assertTrue(receipt.contains(LINE_100_KK), "the receipt speaks Kazakh:\n" + receipt);
                browser.language("en");
                return id;
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("filing-cycle-collector-failed");
                throw e;
            }
        }
    }

    private void akimatReturnsWithComments(long id) {
        try (Browser browser = new Browser("en")) {
            try {
                browser.login("akimat-astana").language("en");
                browser.clickText("Review inbox");
                browser.waitForText("All years");
                browser.choose("inbox:year", YEAR);
                browser.ajaxClick("#inbox\\:go");
                browser.screenshot("review-inbox");
                browser.click("a.q-report-link[data-report='" + id + "']");
                browser.waitFor().until(d -> d.getCurrentUrl().contains("/review/report.xhtml?id=" + id));
                assertEquals("Under review", browser.text("#report-status"), "opening a submitted report starts its review");
                assertTrue(browser.text("#report-organisation").startsWith("Taza Astana Service LLP"));
                assertEquals(EXPLANATION, browser.text("li.q-result[data-rule='W1-200-100'] .q-explanation-text"));
                assertEquals("990", browser.text("span[data-value='201']"));
                top(browser);
                browser.screenshot("review-report-opened");

                browser.ajaxClick("#review\\:returnReport");
                assertTrue(browser.text("#messages").contains("a comment is required"), browser.text("#messages"));
                assertEquals("Under review", browser.text("#report-status"));

                browser.type("input[data-comment='201']", LINE_COMMENT);
                browser.type("#review\\:comment", RETURN_COMMENT);
                browser.ajaxClick("#review\\:returnReport");
                browser.screenshot("review-report-returned");
                assertEquals("Returned for correction", browser.text("#report-status"));
                assertFalse(browser.present("#review\\:approve"), "no decision on a returned report");

                browser.clickText("History");
                String history = browser.text("[id$='history']");
                assertTrue(history.contains("Returned for correction"), history);
                assertTrue(history.contains(RETURN_COMMENT), history);
                assertTrue(history.contains(LINE_COMMENT), history);
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("filing-cycle-akimat-return-failed");
                throw e;
            }
        }
    }

    private void collectorSeesTheCommentsCorrectsAndResubmits(long id) {
        try (Browser browser = new Browser("en")) {
            try {
                browser.login("ent-collector").language("en");
                browser.clickText("My reports");
                browser.click("a.q-report-link[data-report='" + id + "']");
                browser.waitFor().until(d -> d.getCurrentUrl().contains("/filing/report.xhtml?id=" + id));
                browser.screenshot("filing-report-returned");
                assertEquals("Returned for correction", browser.text("#report-status"));
                assertEquals(RETURN_COMMENT, browser.text("#returned-comment"));
                assertTrue(browser.text("#returned li[data-comment-line='201']").contains(LINE_COMMENT));
                assertEquals(LINE_COMMENT, browser.text(".q-line-comment[data-line-comment='201']"), "the comment stands next to its line");

                line(browser, "200", "1 000");
                line(browser, "201", "1 000");
                browser.type("input[id$=':rows:0:tonnes']", "1000");
                browser.ajaxClick("#report\\:check");
                assertEquals("No findings: the report passes every check of its form.", browser.text("#results-clean"));

                browser.ajaxClick("#report\\:submit");
                assertEquals("Submitted", browser.text("#report-status"));
                assertFalse(browser.present("#returned"), "the comments of the return are history now");
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("filing-cycle-collector-correction-failed");
                throw e;
            }
        }
    }

    private void akimatApproves(long id) {
        try (Browser browser = new Browser("en")) {
            try {
                browser.login("akimat-astana").language("en");
                browser.open("/filing/reports.xhtml");
                assertTrue(browser.find("#error-403").isDisplayed(), "filing is for respondents only");
                browser.open("/review/report.xhtml?id=" + id);
                assertEquals("Under review", browser.text("#report-status"));
                assertEquals("No findings: the report passes every check of its form.", browser.text("#results-clean"));
                assertEquals("1 000", browser.text("span[data-value='201']"));
                browser.ajaxClick("#review\\:approve");
                browser.screenshot("review-report-approved");
                assertEquals("Approved", browser.text("#report-status"));
                assertTrue(browser.text("#messages").contains("The report has been approved."));
                assertTrue(browser.text("#report-decided").contains("akimat-astana"));
            } catch (AssertionError | RuntimeException e) {
                browser.screenshot("filing-cycle-akimat-approve-failed");
                throw e;
            }
        }
    }

    private void collectorSeesItApproved(long id) {
        try (Browser browser = new Browser("en")) {
            browser.login("ent-collector").language("en");
            browser.open("/filing/reports.xhtml");
            String row = browser.find("a.q-report-link[data-report='" + id + "']").findElement(org.openqa.selenium.By.xpath("./ancestor::tr")).getText();
            assertTrue(row.contains("Approved"), row);
            browser.click("a.q-report-link[data-report='" + id + "']");
            assertEquals("Approved", browser.text("#report-status"));
            assertNotNull(browser.find("#report\\:correct"), "an approved report is changed by a correction");

            // a correction is a new version; its page says what changed against the approved one
            browser.click("#report\\:correct");
            browser.waitFor().until(d -> !d.getCurrentUrl().contains("id=" + id + "&") && !d.getCurrentUrl().endsWith("id=" + id));
            assertEquals("Draft", browser.text("#report-status"));
            assertTrue(browser.text("#report-no-changes").contains("no line changed yet"));
            line(browser, "300", "4 100");
            browser.ajaxClick("#report\\:save");
            assertEquals("300", browser.find("tr[data-changed='300'] td").getText());
            assertTrue(browser.text("tr[data-changed='300']").contains("4 100"), browser.text("#report-changes"));
        }
    }

    private static void top(Browser browser) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0);");
    }

    private static void line(Browser browser, String code, String typed) {
        browser.type("input[data-line='" + code + "']", typed);
    }

    /** The receipt as the same user downloads it: the browser's session cookie on a plain HTTP request. */
    private static String receiptText(Browser browser, long id) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Portal.URL + "/api/reports/" + id + "/receipt.pdf"))
                .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID"))
                .header("Accept", "application/pdf")
                .header("Accept-Language", "kk")
                .GET().build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), "the receipt of report " + id);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }
}
