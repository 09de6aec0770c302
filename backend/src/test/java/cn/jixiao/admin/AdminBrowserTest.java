package cn.jixiao.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.H2Test;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The 系统管理 screens in a headless chromium: navigation, each page renders its data, the forced password change. */
@H2Test
@Tag("browser")
class AdminBrowserTest extends AdminTestBase {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("JIXIAO_CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("JIXIAO_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private ChromeDriver driver;
    private WebDriverWait wait;
    private Path profile;

    @BeforeAll
    static void needsChromium() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium/chromedriver not installed: browser tests skipped");
    }

    @BeforeEach
    void start() throws IOException {
        profile = Files.createTempDirectory("jixiao-admin-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--window-size=1366,768", "--lang=zh-CN", "--user-data-dir=" + profile.toAbsolutePath());
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterEach
    void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    private void load(String route) {
        driver.get("http://localhost:" + port + "/?t=" + System.nanoTime() + "#" + route);
    }

    private WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private void login(String username, String password) {
        login(username, password, "#/inbox");
    }

    /** Logs in through the page; {@code landing}: where the user's roles lead (the administrators' own pages). */
    private void login(String username, String password, String landing) {
        load("/login");
        visible(By.id("username")).sendKeys(username);
        visible(By.id("password")).sendKeys(password);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("login-submit"))).click();
        wait.until(ExpectedConditions.urlContains(landing));
    }

    private void shot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve("admin-" + name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private ApiClient admin() {
        return as("admin");
    }

    private void noPageError() {
        assertThat(driver.findElements(By.xpath("//*[contains(text(), '页面出错了')]"))).isEmpty();
    }

    @Test
    void adminWalksThroughTheAdministration() throws IOException {
        login("admin", "demo1234");
        WebElement menu = visible(By.xpath("//nav[@class='jx-nav']/a[text()='系统管理']"));
        menu.click();
        wait.until(ExpectedConditions.urlContains("#/admin/orgs"));
        visible(By.xpath("//*[@data-testid='org-tree']//*[text()='喀什地区']"));
        assertThat(visible(By.cssSelector("[data-testid=camunda-link]")).getAttribute("href")).endsWith("/camunda/app/cockpit/");
        driver.findElement(By.xpath("//*[@data-testid='org-tree']//*[text()='喀什地区']")).click();
        visible(By.cssSelector("[data-testid=org-add]"));
        // who reviews and who signs for the prefecture
        assertThat(visible(By.cssSelector("[data-testid=org-staff-PREFECTURE_REVIEWER]")).getText()).contains("ks_reviewer");
        assertThat(visible(By.cssSelector("[data-testid=org-staff-PREFECTURE_LEADER]")).getText()).contains("ks_leader");
        shot("orgs");
        noPageError();
        // add a 本级 unit under 喀什地区 through the dialog
        String name = unique("界面新增单位");
        visible(By.cssSelector("[data-testid=org-add]")).click();
        visible(By.cssSelector("[data-testid=org-add-name]")).sendKeys(name);
        shot("org-add");
        driver.findElement(By.xpath("//div[contains(@class,'ant-modal')]//button[contains(@class,'ant-btn-primary')]")).click();
        visible(By.xpath("//*[@data-testid='org-tree']//*[text()='" + name + "']"));
        assertThat(jdbc.queryForObject("SELECT path FROM org WHERE name = ?", String.class, name)).startsWith("/650000/653100/");
        admin().put("/api/admin/orgs/" + jdbc.queryForObject("SELECT id FROM org WHERE name = ?", Long.class, name),
                "{\"active\":false}");

        visible(By.cssSelector("[data-testid=admin-users]")).click();
        visible(By.xpath("//*[@data-testid='user-table']//td[text()='ks_filer']"));
        visible(By.cssSelector("[data-testid=user-create]")).click();
        visible(By.cssSelector("[data-testid=user-username]"));
        shot("user-dialog");
        noPageError();
        driver.navigate().refresh();

        String lastDay = java.time.LocalDate.now().getYear() + "-12-31";
        assertThat(as("admin").put("/api/admin/calendar", json(java.util.Map.of("from", lastDay, "kind", "HOLIDAY",
                "note", "浏览器测试"))).status()).isEqualTo(200);
        try {
            load("/admin/settings");
            visible(By.cssSelector("[data-testid='setting-deviation.margin']"));
            visible(By.cssSelector("[data-testid='setting-due.monitoring.day']"));
            visible(By.xpath("//*[@data-testid='calendar-table']//td[contains(., '12月31日')]"));
            assertThat(visible(By.cssSelector("[data-testid=calendar-table]")).getText()).contains("节假日").contains("浏览器测试");
            shot("settings");
            noPageError();
        } finally {
            as("admin").put("/api/admin/calendar", json(java.util.Map.of("from", lastDay, "kind", "DEFAULT")));
        }

        // 三员分立: the audit log is not the system administrator's
        assertThat(driver.findElements(By.cssSelector("[data-testid=admin-audit]"))).isEmpty();
        load("/admin/audit");
        wait.until(ExpectedConditions.urlContains("#/inbox"));
    }

    @Test
    void theSecurityAndAuditAdministratorsSeeOnlyTheirOwnPages() throws IOException {
        login("secadmin", "demo1234", "#/admin/users");
        visible(By.xpath("//*[@data-testid='user-table']//td[text()='ks_filer']"));
        assertThat(driver.findElements(By.cssSelector("[data-testid=user-reset]"))).isNotEmpty();
        assertThat(driver.findElements(By.xpath("//nav[@class='jx-nav']/a[text()='待办与表单']"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("[data-testid=admin-orgs]"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("[data-testid=camunda-link]"))).isEmpty();
        shot("security-users");
        visible(By.cssSelector("[data-testid=admin-settings]")).click();
        visible(By.cssSelector("[data-testid='setting-password.expiryDays']"));
        visible(By.cssSelector("[data-testid='setting-mfa.requiredRoles']"));
        assertThat(driver.findElements(By.cssSelector("[data-testid='setting-deviation.margin']"))).isEmpty();
        shot("security-settings");
        noPageError();

        load("/login");
        driver.manage().deleteAllCookies();
        login("auditor", "demo1234", "#/admin/audit");
        visible(By.xpath("//*[@data-testid='audit-table']//td[text()='secadmin']"));
        visible(By.cssSelector("[data-testid=audit-verify]")).click();
        assertThat(visible(By.cssSelector("[data-testid=audit-verdict]")).getText()).contains("审计日志完整");
        assertThat(driver.findElements(By.cssSelector("[data-testid=admin-users]"))).isEmpty();
        shot("audit");
        noPageError();
    }

    @Test
    void aUserEnrolsASecondFactorAndLogsInWithTheCode() throws Exception {
        String username = unique("ui_mfa_");
        jdbc.update("INSERT INTO app_user (username, display_name, password_hash, org_id, password_changed_at) "
                + "SELECT ?, '双因素测试', password_hash, org_id, CURRENT_TIMESTAMP FROM app_user WHERE username = 'ks_filer'",
                username);
        jdbc.update("INSERT INTO app_user_role (user_id, role) SELECT id, 'FILER' FROM app_user WHERE username = ?", username);
        login(username, "demo1234");
        visible(By.cssSelector(".jx-user")).click();
        visible(By.cssSelector("[data-testid=mfa-menu]")).click();
        visible(By.cssSelector("[data-testid=mfa-start]")).click();
        visible(By.cssSelector("[data-testid=mfa-qr]"));
        String secret = visible(By.cssSelector("[data-testid=mfa-secret]")).getText();
        shot("mfa-enrol");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        shot("mfa-enrol-390");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        visible(By.cssSelector("[data-testid=mfa-confirm-code]")).sendKeys(totp(secret, 0));
        visible(By.cssSelector("[data-testid=mfa-confirm]")).click();
        assertThat(visible(By.cssSelector("[data-testid=recovery-codes]")).findElements(By.tagName("code"))).hasSize(10);
        shot("mfa-recovery-codes");
        visible(By.cssSelector("[data-testid=mfa-done]")).click();

        driver.manage().deleteAllCookies();
        load("/login");
        visible(By.id("username")).sendKeys(username);
        visible(By.id("password")).sendKeys("demo1234");
        visible(By.id("login-submit")).click();
        visible(By.id("mfa-code")).sendKeys(totp(secret, 1)); // the confirmation used this step's code
        shot("login-code");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        shot("login-code-390");
        visible(By.id("mfa-submit")).click();
        wait.until(ExpectedConditions.urlContains("#/inbox"));
        noPageError();
    }

    /** The authenticator app's code, {@code offset} 30-second steps from now (RFC 6238 through the library). */
    private static String totp(String secret, int offset) throws Exception {
        return new dev.samstevens.totp.code.DefaultCodeGenerator().generate(secret,
                java.time.Instant.now().getEpochSecond() / 30 + offset);
    }

    @Test
    void nonAdminsHaveNoAdministrationMenuAndAreSentBack() {
        login("ks_reviewer", "demo1234");
        visible(By.cssSelector("[data-testid=who]"));
        assertThat(driver.findElements(By.xpath("//nav[@class='jx-nav']/a[text()='系统管理']"))).isEmpty();
        load("/admin/users");
        wait.until(ExpectedConditions.urlContains("#/inbox"));
    }

    @Test
    void aResetPasswordForcesTheChangeDialog() throws IOException {
        ApiClient admin = as("admin");
        String username = unique("ui_reset_");
        createUser(admin, username, orgId("653101-01"), STRONG, "FILER");
        login(username, STRONG);
        WebElement dialog = visible(By.cssSelector(".ant-modal"));
        assertThat(dialog.getText()).contains("请修改密码");
        shot("force-password");
        var inputs = dialog.findElements(By.cssSelector("input[type=password]"));
        inputs.get(0).sendKeys(STRONG);
        inputs.get(1).sendKeys("Brand-new-pass-9");
        inputs.get(2).sendKeys("Brand-new-pass-9");
        dialog.findElement(By.cssSelector(".ant-btn-primary")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ant-modal")));
        assertThat(new ApiClient(port).login(username, "Brand-new-pass-9").status()).isEqualTo(200);
    }
}
