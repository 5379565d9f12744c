package kz.qaldyq.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real headless Chromium (Debian's package) driven like a user: typing, clicking, reading what is shown. */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final Path profile;

    public Browser(String language) {
        try {
            profile = Files.createTempDirectory("qaldyq-chromium");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("qaldyq.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--lang=" + language, "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("qaldyq.chromedriver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(Portal.URL + path);
        return this;
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public WebElement find(String css) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /**
     * The text the element shows. Read in the same wait that finds it: when the page is replaced between finding the
     * element and reading it (a redirect, an AJAX update), the element is looked up again instead of failing.
     */
    public String text(String css) {
        return waitFor().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            WebElement element = d.findElement(By.cssSelector(css));
            return element.isDisplayed() ? element.getText() : null;
        });
    }

    public Browser type(String css, String text) {
        WebElement element = find(css);
        element.clear();
        element.sendKeys(text);
        return this;
    }

    /** Clicks the element once it is shown and enabled; found again if the page replaced it meanwhile. */
    public Browser click(String css) {
        waitFor().until(d -> {
            WebElement element = d.findElement(By.cssSelector(css));
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            element.click();
            return true;
        });
        return this;
    }

    /**
     * Chooses the portal language with the switcher in the header. The choice is remembered for the user, so every
     * test that reads texts chooses its language first instead of relying on what an earlier test left.
     */
    public Browser language(String code) {
        WebElement page = driver.findElement(By.tagName("html"));
        click("#lang\\:" + code);
        waitFor().until(ExpectedConditions.stalenessOf(page));
        waitFor().until(d -> code.equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
        return this;
    }

    /**
     * Picks an option of a PrimeFaces selectOneMenu the way a user does: open it, click the item. PrimeFaces closes an
     * open overlay when the window scrolls, so the menu is first brought to the middle of the window (where its panel
     * opens fully visible) and a long list is scrolled inside its own panel, never by scrolling the window.
     */
    public Browser choose(String menuId, String itemLabelStart) {
        String escaped = menuId.replace(":", "\\:");
        centre(find("#" + escaped));
        withoutAnimations();
        click("#" + escaped + "_label");
        find("#" + escaped + "_panel");
        WebElement item = waitFor().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#" + escaped + "_items li[data-label^='" + itemLabelStart + "']")));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var w = arguments[0].closest('.ui-selectonemenu-items-wrapper');"
                        + "if (w) { w.scrollTop = arguments[0].offsetTop - w.clientHeight / 2; }", item);
        waitFor().until(ExpectedConditions.elementToBeClickable(item)).click();
        waitFor().until(d -> d.findElement(By.id(menuId + "_label")).getText().startsWith(itemLabelStart));
        return this;
    }

    /**
     * Switches PrimeFaces' overlay animations off in the current page. While a panel fades and scales in, its items
     * move under the pointer: a click computed at one position lands at another (the neighbouring item, or nothing).
     * A user waits for the list to settle; the test makes it settle at once.
     */
    private void withoutAnimations() {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("if (window.PrimeFaces) { PrimeFaces.animationEnabled = false; }");
    }

    /** Scrolls the window so that the element stands in the middle of it, as a user does before opening a list. */
    private void centre(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
    }

    /** The current value of an input, as the user sees it in the field. */
    public String value(String css) {
        return find(css).getDomProperty("value");
    }

    /** The id of the element the selector finds, for components whose ids carry row indexes. */
    public String idOf(String css) {
        return waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css))).getDomAttribute("id");
    }

    public boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    /** Clicks a link or menu entry by the text it shows. */
    public Browser clickText(String text) {
        waitFor().until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space(.)='" + text + "']"))).click();
        return this;
    }

    /** Clicks a PrimeFaces AJAX button and waits until its request has been answered and the page updated. */
    public Browser ajaxClick(String css) {
        click(css);
        return awaitAjax();
    }

    /** Waits until every PrimeFaces AJAX request (say, of a menu with an ajax listener) has been answered. */
    public Browser awaitAjax() {
        waitFor().until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !window.jQuery || (jQuery.active === 0 && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty()));")));
        return this;
    }

    /** Types into a PrimeFaces autoComplete and picks the suggestion that shows the given text. */
    public Browser pick(String inputCss, String typed, String suggestionText) {
        centre(find(inputCss));
        withoutAnimations();
        type(inputCss, typed);
        By item = By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(normalize-space(.), \"" + suggestionText + "\")]");
        waitFor().until(ExpectedConditions.elementToBeClickable(item)).click();
        waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-autocomplete-panel")));
        return this;
    }

    /** A cookie the portal set in this browser, e.g. the session for a direct HTTP request as the same user. */
    public String cookie(String name) {
        org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** Saves what the browser shows, for a person to look at when a test fails. */
    public void screenshot(String name) {
        try {
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (java.io.IOException | RuntimeException e) {
            // a missing screenshot must not hide the test's own failure
        }
    }

    public String bodyText() {
        return find("body").getText();
    }

    /** Waits until the page shows the text somewhere in its body. */
    public Browser waitForText(String text) {
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
        return this;
    }

    public boolean onKeycloakLogin() {
        return driver.getCurrentUrl().startsWith(Portal.KEYCLOAK + "/realms/qaldyq/protocol/openid-connect/auth")
                && !driver.findElements(By.id("username")).isEmpty();
    }

    /** Logs in on Keycloak's own login page, starting from a protected page of the portal. */
    public Browser login(String user) {
        open("/");
        waitFor().until(d -> onKeycloakLogin());
        type("#username", user);
        type("#password", user);
        click("#kc-login");
        waitFor().until(d -> d.getCurrentUrl().startsWith(Portal.URL));
        find("#user-name");
        return this;
    }

    /**
     * A wait of up to 20 seconds that looks again when the page changed under it: Chrome reports an element of a page
     * being replaced (a redirect, an AJAX update) as stale or as "node does not belong to the document"; both mean
     * "not yet", never "failed". A real failure still ends in a timeout that carries the last error.
     */
    public WebDriverWait waitFor() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
