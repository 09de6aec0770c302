package cn.jixiao.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The one headless Debian chromium of this test JVM, driven through Debian's chromedriver (no Selenium Manager,
 * no downloads), plus the few steps every browser test needs: log in, open a form from the inbox, wait,
 * screenshot. Starting chromium costs seconds, so {@link ChromiumExtension} starts it once and, before each
 * test, gives it back clean ({@link #reset}): no cookies, storage or cache, the desktop window size.
 */
public final class Browser implements AutoCloseable {

    public static final Dimension DESKTOP = new Dimension(1366, 768);
    public static final Dimension PHONE = new Dimension(390, 844);
    static final Path CHROMIUM = Path.of(env("JIXIAO_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(env("JIXIAO_CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** The decision dialog of the form page (submit, approve, return, sign). */
    public static final String DECISION_DIALOG = ".jx-decision-dialog";
    /** A warning's note still to be written in that dialog. */
    public static final String NOTE_MISSING = ".jx-ack-item textarea.ant-input-status-warning";

    public final ChromeDriver driver;
    public final WebDriverWait wait;
    private final Path profile;
    private String base;
    private String prefix;
    private int shot;

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    Browser() {
        try {
            this.profile = Files.createTempDirectory("jixiao-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + DESKTOP.width + "," + DESKTOP.height, "--lang=zh-CN", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, TIMEOUT);
    }

    /**
     * Ready for the next test against the server on {@code port}: every origin's cookies, storage and the HTTP
     * cache cleared (a first visit again), the desktop size, screenshots named {@code prefix-nn-…}.
     */
    void reset(int port, String prefix) {
        this.base = "http://localhost:" + port;
        this.prefix = prefix;
        this.shot = 0;
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", base, "storageTypes", "all"));
        size(DESKTOP);
    }

    /**
     * The viewport at {@code size}. Headless chromium keeps a window at least 500 px wide, so any size but the
     * desktop's is emulated (the device metrics of a phone, or of a desktop screen zoomed in), the window itself
     * left at the desktop size.
     */
    public void size(Dimension size) {
        driver.manage().window().setSize(DESKTOP);
        if (size.equals(DESKTOP)) {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        } else {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.width,
                    "height", size.height, "deviceScaleFactor", 1, "mobile", size.width < DESKTOP.width / 2));
        }
    }

    /** The viewport's width in CSS pixels. */
    public long innerWidth() {
        return ((Number) js("return window.innerWidth;")).longValue();
    }

    public String base() {
        return base;
    }

    // ------------------------------------------------------------------ navigation and login

    /** A full page load (the query string forces it even when only the hash route differs). */
    public void load(String route) {
        driver.get(base + "/?t=" + System.nanoTime() + "#" + route);
    }

    /** Logs a demo user (password demo1234) in through the login page and waits for their inbox. */
    public void loginAs(String username) {
        logIn(username, "demo1234", "#/inbox");
        visible(By.cssSelector("[data-testid=inbox-table]"));
        wait.until(d -> !d.findElements(By.cssSelector("[data-testid=who] .jx-role")).isEmpty());
        waitForTableLoaded();
    }

    /**
     * Logs out whoever was logged in (cookies and storage gone), logs in through the login page and waits until
     * the URL holds {@code landing} (where the user's roles lead).
     */
    public void logIn(String username, String password, String landing) {
        driver.get(base + "/api/auth/me"); // be on the origin to clear its storage
        driver.manage().deleteAllCookies();
        js("window.localStorage.clear(); window.sessionStorage.clear();");
        load("/login");
        visible(By.id("username")).sendKeys(username);
        visible(By.id("password")).sendKeys(password);
        screenshot("login-" + username);
        click(By.id("login-submit"));
        wait.until(ExpectedConditions.urlContains(landing));
    }

    public void waitForTableLoaded() {
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=inbox-table] .ant-spin-spinning")).isEmpty());
    }

    /** Opens the form from the 待办 tab of the inbox (newest tasks first) by its project name. */
    public void openFromInbox(String project) {
        waitForTableLoaded();
        By link = By.xpath("//*[@data-testid='inbox-table']//a[@title=" + xpathLiteral(project) + "]");
        click(link);
        wait.until(ExpectedConditions.urlMatches("#/forms/\\d+"));
        visible(By.cssSelector("[data-test=form-status]"));
        visible(By.cssSelector(".jx-form-side"));
    }

    /**
     * Clicks a decision button on the form page, writes a note for every warning that needs one (and the comment,
     * if any), confirms, and waits until the app has gone back to the inbox. A 422 that adds warnings keeps the
     * dialog open; they get notes too.
     */
    public void decide(String button, String note, String comment) {
        click(By.cssSelector("[data-testid=" + button + "]"));
        visible(By.cssSelector(DECISION_DIALOG + " .ant-modal-content"));
        if (comment != null) {
            visible(By.cssSelector(DECISION_DIALOG + " textarea[data-testid=decision-comment], "
                    + DECISION_DIALOG + " [data-testid=decision-comment] textarea")).sendKeys(comment);
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            for (WebElement textarea : all(By.cssSelector(DECISION_DIALOG + " " + NOTE_MISSING))) {
                scrollIntoView(textarea);
                textarea.sendKeys(note);
            }
            if (attempt == 0) {
                screenshot("dialog-" + button);
            }
            assertThat(all(By.cssSelector(DECISION_DIALOG + " [data-testid=blocking-errors]"))).as("blocking errors").isEmpty();
            click(By.cssSelector(DECISION_DIALOG + " .ant-modal-footer .ant-btn-primary"));
            boolean done = until(d -> d.getCurrentUrl().contains("#/inbox")
                    || !d.findElements(By.cssSelector(DECISION_DIALOG + " " + NOTE_MISSING)).isEmpty());
            if (done && driver.getCurrentUrl().contains("#/inbox")) {
                waitForTableLoaded();
                screenshot("after-" + button);
                return;
            }
        }
        throw new AssertionError("the decision dialog kept asking for notes");
    }

    // ------------------------------------------------------------------ elements

    public WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void click(By by) {
        WebElement el = wait.until(ExpectedConditions.elementToBeClickable(by));
        scrollIntoView(el);
        el.click();
    }

    public void scrollIntoView(WebElement el) {
        js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", el);
    }

    public void hover(WebElement el) {
        scrollIntoView(el);
        new Actions(driver).moveToElement(el).perform();
    }

    /** Replaces the value of an input (select all, type) so that Vue sees real key events. */
    public void retype(WebElement input, String text) {
        scrollIntoView(input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(Keys.DELETE);
        input.sendKeys(text);
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    public String text(By by) {
        return visible(by).getText().trim();
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    // ------------------------------------------------------------------ accessibility and fit

    /**
     * The page's violations of the WCAG 2.0/2.1 A and AA rules (GB/T 37668) as axe-core finds them, one line each:
     * rule, impact, help and the first elements; empty when it finds none. axe-core is the version pinned in
     * backend/a11y ({@link AxeCore}).
     */
    public List<String> axeViolations() {
        settle();
        js(AxeCore.script() + "; return true;");
        Object result = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })"
                + ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '"
                + " + v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + n.failureSummary.replace(/\\s+/g, ' ')).join(' | '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) result;
        return violations;
    }

    /**
     * How far the page reaches past the viewport's right edge, in CSS pixels (0 when nothing does): the document,
     * and the app's main area, which scrolls by itself and so would hide an overflow from the document's width.
     */
    public long overflowX() {
        settle();
        return ((Number) js("const main = document.querySelector('.jx-main');"
                + " const wide = Math.max(document.documentElement.scrollWidth, main ? main.scrollWidth : 0);"
                + " return Math.max(0, wide - window.innerWidth);")).longValue();
    }

    /** Whether the element lies wholly inside the viewport (a thumb reaches it without scrolling sideways). */
    public boolean insideViewport(WebElement el) {
        return (Boolean) js("const r = arguments[0].getBoundingClientRect();"
                + " return r.width > 0 && r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight;", el);
    }

    // ------------------------------------------------------------------ screenshots

    /** Saves target/screenshots/{prefix}-{nn}-{name}.png and returns its path. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File file = driver.getScreenshotAs(OutputType.FILE);
            Path to = SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", prefix, ++shot, name));
            Files.copy(file.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page at the desktop size and at a phone's (target/screenshots/), each also copied to {@code docs} as
     * {@code name-1366x768.png} / {@code name-390x844.png} when {@code docs} is not null; back at the desktop size.
     */
    public void screenshotsAtBothSizes(String name, Path docs) {
        try {
            for (Dimension size : List.of(DESKTOP, PHONE)) {
                size(size);
                settle();
                Path shot = screenshot(name + "-" + size.width);
                if (docs != null) {
                    Files.createDirectories(docs);
                    Files.copy(shot, docs.resolve(name + "-" + size.width + "x" + size.height + ".png"),
                            StandardCopyOption.REPLACE_EXISTING);
                }
            }
            size(DESKTOP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Two animation frames, then the end of every transition still running: the layout after a resize (and the
     * app's ARIA repairs) is done, and no button is still easing to its new size, before a look at the page.
     * Endless animations (spinners) are not waited for.
     */
    private void settle() {
        driver.executeAsyncScript("const done = arguments[0];"
                + " requestAnimationFrame(() => requestAnimationFrame(() => {"
                + "   const finite = document.getAnimations().filter(a => a.effect && a.effect.getComputedTiming().endTime !== Infinity);"
                + "   Promise.all(finite.map(a => a.finished.catch(() => null))).then(() => done());"
                + " }));");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp folder left behind is harmless
            }
        }
    }

    private static String xpathLiteral(String s) {
        return s.contains("'") ? "\"" + s + "\"" : "'" + s + "'";
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
