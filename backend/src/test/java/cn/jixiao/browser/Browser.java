package cn.jixiao.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
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
 * One headless Debian chromium driven through Debian's chromedriver (no Selenium Manager, no
 * downloads), with a fresh profile, plus the few steps every browser test needs: log in, open a
 * form from the inbox, wait, screenshot.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(env("JIXIAO_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(env("JIXIAO_CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final String base;
    private final Path profile;
    private final String prefix;
    private int shot;

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    Browser(int port, String prefix) {
        this.base = "http://localhost:" + port;
        this.prefix = prefix;
        try {
            this.profile = Files.createTempDirectory("jixiao-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,768", "--lang=zh-CN", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, TIMEOUT);
    }

    // ------------------------------------------------------------------ navigation and login

    /** A full page load (the query string forces it even when only the hash route differs). */
    void load(String route) {
        driver.get(base + "/?t=" + System.nanoTime() + "#" + route);
    }

    /** Logs out whoever was logged in (cookies and storage gone) and logs in through the login page. */
    void loginAs(String username) {
        driver.get(base + "/api/auth/me"); // be on the origin to clear its storage
        driver.manage().deleteAllCookies();
        js("window.localStorage.clear(); window.sessionStorage.clear();");
        load("/login");
        WebElement user = visible(By.id("username"));
        user.sendKeys(username);
        visible(By.id("password")).sendKeys("demo1234");
        screenshot("login-" + username);
        click(By.id("login-submit"));
        wait.until(ExpectedConditions.urlContains("#/inbox"));
        visible(By.cssSelector("[data-testid=inbox-table]"));
        wait.until(d -> !d.findElements(By.cssSelector("[data-testid=who] .jx-role")).isEmpty());
        waitForTableLoaded();
    }

    void waitForTableLoaded() {
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=inbox-table] .ant-spin-spinning")).isEmpty());
    }

    /** Opens the form from the 待办 tab of the inbox (newest tasks first) by its project name. */
    void openFromInbox(String project) {
        waitForTableLoaded();
        By link = By.xpath("//*[@data-testid='inbox-table']//a[@title=" + xpathLiteral(project) + "]");
        click(link);
        wait.until(ExpectedConditions.urlMatches("#/forms/\\d+"));
        visible(By.cssSelector("[data-test=form-status]"));
        visible(By.cssSelector(".jx-form-side"));
    }

    // ------------------------------------------------------------------ elements

    WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void click(By by) {
        WebElement el = wait.until(ExpectedConditions.elementToBeClickable(by));
        scrollIntoView(el);
        el.click();
    }

    void scrollIntoView(WebElement el) {
        js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", el);
    }

    void hover(WebElement el) {
        scrollIntoView(el);
        new Actions(driver).moveToElement(el).perform();
    }

    /** Replaces the value of an input (select all, type) so that Vue sees real key events. */
    void retype(WebElement input, String text) {
        scrollIntoView(input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(Keys.DELETE);
        input.sendKeys(text);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    String text(By by) {
        return visible(by).getText().trim();
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    // ------------------------------------------------------------------ screenshots

    /** Saves target/screenshots/{prefix}-{nn}-{name}.png and returns its path. */
    Path screenshot(String name) {
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
