package org.newsroom.cms.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (never a downloaded browser or driver:
 * both paths are given, so Selenium Manager has nothing to look up), a new one for each test ({@link #fresh}),
 * the last quit when the JVM ends. Helpers for what each page test checks: axe-core (from the npm tarball the
 * build fetched) for serious and critical accessibility violations, the console for Content-Security-Policy
 * violations, and a screenshot under {@code target/screenshots/}.
 */
final class Browser {

    static final String CHROMIUM = System.getProperty("cms.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("cms.chromedriver", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path AXE = Path.of("target", "frontend", "axe-core", "package", "axe.min.js");
    private static Browser shared;

    final ChromeDriver driver;
    private final URL base;
    private final WebDriverWait wait;

    private Browser(URL base) {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--lang=en-US", "--window-size=1280,1000");
        // no password manager: it refills the sign-in form with the previous account's name as the next is typed
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en",
                "credentials_enable_service", false, "profile.password_manager_enabled", false,
                "autofill.profile_enabled", false));
        options.addArguments("--disable-features=PasswordManagerOnboarding,AutofillServerCommunication",
                "--password-store=basic");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).build();
        this.driver = new ChromeDriver(service, options);
        this.base = base;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        // htmx swaps parts of the page: an element found a moment ago may be replaced before it is read
        wait.ignoring(StaleElementReferenceException.class);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                driver.quit();
            } catch (RuntimeException alreadyGone) {
                // quit by the next test's fresh()
            }
        }));
    }

    /**
     * A browser with no cookies, for one test. A new Chromium per test (about a second): a used one, once it
     * has run another test's pages, loses keyboard input in headless mode, which no reset was found to undo.
     */
    static synchronized Browser fresh(URL base) {
        if (shared != null) {
            shared.driver.quit();
        }
        shared = new Browser(base);
        return shared;
    }

    void open(String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
        wait.until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    String path() {
        String url = driver.getCurrentUrl();
        return url.substring(base.toString().replaceAll("/$", "").length());
    }

    void signIn(String username, String password) {
        open("/newsroom/login");
        WebElement name = byId("username");
        name.sendKeys(username);
        byId("password").sendKeys(password);
        if (!username.equals(name.getAttribute("value"))) {
            screenshot("failed-typing");
            throw new IllegalStateException("The sign-in page was replaced while typing; value "
                    + name.getAttribute("value") + " active " + driver.switchTo().activeElement().getAttribute("id")
                    + " url " + driver.getCurrentUrl() + " logs " + driver.manage().logs().get(LogType.BROWSER).getAll());
        }
        button("Sign in").click();
        try {
            wait.until(d -> !path().startsWith("/newsroom/login"));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failed-sign-in");
            throw new AssertionError("Sign-in as " + username + " stayed on " + path() + ": "
                    + driver.findElements(By.cssSelector(".alert")).stream().map(WebElement::getText).toList(), e);
        }
    }

    WebElement byId(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** The button (or submit input) whose text is {@code text}. */
    WebElement button(String text) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//button[normalize-space(.)='" + text + "']")));
    }

    WebElement link(String text) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.linkText(text)));
    }

    void waitFor(java.util.function.Function<ChromeDriver, Boolean> condition) {
        wait.until(d -> condition.apply(driver));
    }

    /** The text of the first element matching, found and read in one go (retried if htmx replaced it meanwhile). */
    String text(String cssSelector) {
        return wait.until(d -> d.findElement(By.cssSelector(cssSelector)).getText());
    }

    /** axe-core's serious and critical violations of the page (WCAG 2.1 A and AA rules), as "rule: target" lines. */
    List<String> accessibilityProblems() {
        String axe;
        try {
            axe = Files.readString(AXE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is fetched by the build into " + AXE, e);
        }
        driver.executeScript(axe);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
                        + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
                        + " nodes: v.nodes.map(n => n.target.join(' ')).join(', ')}))))"
                        + ".catch(e => done([{id: 'axe-error', impact: 'critical', nodes: String(e)}]));");
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> v : violations) {
            if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
                serious.add(v.get("id") + " (" + v.get("impact") + "): " + v.get("nodes"));
            }
        }
        return serious;
    }

    /** Console messages since the last call that report a Content-Security-Policy violation. */
    List<String> cspViolations() {
        List<String> found = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getMessage().contains("Content Security Policy") || entry.getMessage().contains("Content-Security-Policy")) {
                found.add(entry.getMessage());
            }
        }
        return found;
    }

    /** A PNG of the window under target/screenshots/, for a human to look at. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shows pages as a phone of this width would (a 375 px wide screen), until the next {@link #fresh}. */
    void phone(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 2, "mobile", true));
    }
}
