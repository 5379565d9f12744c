package kz.qaldyq.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ThreadLocalRandom;
import kz.qaldyq.organisation.Bin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The platform as a user meets it: Keycloak's login, the home page, languages, the 403 page, admin forms, logout. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformPagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return Portal.ear();
    }

    @Test
    void anonymousVisitorOfAProtectedPageLandsOnKeycloakLogin() {
        try (Browser browser = new Browser("en")) {
            browser.open("/admin/organisations.xhtml");
            browser.waitFor().until(d -> browser.onKeycloakLogin());
            assertTrue(browser.url().contains("client_id=qaldyq-portal"));
        }
    }

    @Test
    void collectorSeesItsOrganisationAndSwitchesToKazakh() {
        try (Browser browser = new Browser("en")) {
            browser.login("ent-collector").language("en");
            assertEquals("Aigerim Seitkali", browser.text("#user-name"));
            assertEquals("Enterprise", browser.text("#user-role"));
            assertEquals("Taza Astana Service LLP", browser.text(".organisation-name"));
            assertEquals("010440052602", browser.text(".organisation-bin"));
            assertTrue(browser.text("#calendar").contains("01.02."), "the reporting calendar shows the 1 February due date");
            assertTrue(browser.text("#nav").contains("Home"));

            browser.language("kk");
            assertTrue(browser.text("#nav").contains("Басты бет"), "the menu is in Kazakh");
            assertEquals("Кәсіпорын", browser.text("#user-role"));
            assertEquals("«Таза Астана Сервис» ЖШС", browser.text(".organisation-name"));
            assertEquals("kk", browser.find("html").getDomAttribute("lang"));
        }
    }

    @Test
    void collectorGetsTheForbiddenPageOnAnAdminUrl() {
        try (Browser browser = new Browser("en")) {
            browser.login("ent-collector").language("en");
            browser.open("/admin/organisations.xhtml");
            assertTrue(browser.find("#error-403").isDisplayed());
            assertEquals("Access denied", browser.text("#page-title"));
            assertFalse(browser.bodyText().contains("BIN or name"), "the admin page itself is not shown");
        }
    }

    @Test
    void adminCreatesOrganisationAndSeesTheWrongBinRefusedInRussian() {
        String bin = validBin();
        String wrong = bin.substring(0, 11) + ((bin.charAt(11) - '0' + 1) % 10);
        try (Browser browser = new Browser("en")) {
            browser.login("admin").language("ru");
            browser.open("/admin/organisation.xhtml");
            browser.type("#org\\:bin", wrong)
                    .type("#org\\:nameKk", "«Сынақ Қалдық» ЖШС")
                    .type("#org\\:nameRu", "ТОО «Тест Отходы»")
                    .type("#org\\:nameEn", "Test Waste LLP");
            browser.choose("org:kato", "г. Астана");
            browser.click("#org\\:save");
            browser.screenshot("admin-organisation-wrong-bin");
            browser.waitForText("недействителен");
            assertTrue(browser.text("#messages").contains("БИН " + wrong + " недействителен: не совпадает контрольная цифра"));

            browser.type("#org\\:bin", bin);
            browser.click("#org\\:save");
            browser.waitForText("Организация сохранена");
            assertTrue(browser.url().contains("id="), "the new organisation's page opens");
            assertEquals(bin, browser.find("#org\\:bin").getDomProperty("value"));

            browser.open("/admin/organisations.xhtml");
            browser.type("#search\\:text", bin).click("#search\\:go");
            browser.waitForText("ТОО «Тест Отходы»");
        }
    }

    @Test
    void adminSeesTheFormVersionsWithTheirLinesAndRules() {
        try (Browser browser = new Browser("en")) {
            browser.login("admin").language("ru");
            browser.open("/admin/forms.xhtml");
            assertTrue(browser.text("#layout-title").startsWith("1-отходы"), browser.text("#layout-title"));
            assertTrue(browser.text("#forms\\:lines").contains("Смешанные отходы домохозяйств"));
            String rules = browser.text("#forms\\:rules");
            assertTrue(rules.contains("W1-SUM-100"));
            assertTrue(rules.contains("parts=101-114; tolerance=0.001; total=100"));
            assertTrue(rules.contains("Строка {line} ({value} т) не равна сумме строк {parts} ({expected} т)."));
        }
    }

    @Test
    void logoutEndsTheSession() {
        try (Browser browser = new Browser("en")) {
            browser.login("ministry").language("en");
            assertTrue(browser.text("#count-regions").equals("20"));
            browser.click("#account\\:logout");
            browser.waitFor().until(d -> browser.onKeycloakLogin());
            browser.open("/");
            browser.waitFor().until(d -> browser.onKeycloakLogin());
            assertFalse(browser.bodyText().contains("Marat Abenov"));
        }
    }

    private static String validBin() {
        while (true) {
            StringBuilder digits = new StringBuilder("98");
            for (int i = 0; i < 9; i++) {
                digits.append(ThreadLocalRandom.current().nextInt(10));
            }
            for (int check = 0; check <= 9; check++) {
                if (Bin.isValid(digits.toString() + check)) {
                    return digits.toString() + check;
                }
            }
        }
    }
}
