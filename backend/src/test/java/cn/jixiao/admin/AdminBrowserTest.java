package cn.jixiao.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.Browser;
import cn.jixiao.support.H2Test;
import cn.jixiao.support.InChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The 系统管理 screens in a headless chromium: navigation, each page renders its data, the forced password change. */
@H2Test
@InChromium
class AdminBrowserTest extends AdminTestBase {

    private Browser browser;

    private ApiClient admin() {
        return as("admin");
    }

    private void noPageError() {
        assertThat(browser.driver.findElements(By.xpath("//*[contains(text(), '页面出错了')]"))).isEmpty();
    }

    @Test
    void adminWalksThroughTheAdministration() {
        browser.logIn("admin", "demo1234", "#/inbox");
        WebElement menu = browser.visible(By.xpath("//nav[@class='jx-nav']/a[text()='系统管理']"));
        menu.click();
        browser.wait.until(ExpectedConditions.urlContains("#/admin/orgs"));
        browser.visible(By.xpath("//*[@data-testid='org-tree']//*[text()='喀什地区']"));
        assertThat(browser.visible(By.cssSelector("[data-testid=camunda-link]")).getAttribute("href")).endsWith("/camunda/app/cockpit/");
        browser.driver.findElement(By.xpath("//*[@data-testid='org-tree']//*[text()='喀什地区']")).click();
        browser.visible(By.cssSelector("[data-testid=org-add]"));
        // who reviews and who signs for the prefecture
        assertThat(browser.visible(By.cssSelector("[data-testid=org-staff-PREFECTURE_REVIEWER]")).getText()).contains("ks_reviewer");
        assertThat(browser.visible(By.cssSelector("[data-testid=org-staff-PREFECTURE_LEADER]")).getText()).contains("ks_leader");
        browser.screenshot("orgs");
        noPageError();
        // add a 本级 unit under 喀什地区 through the dialog
        String name = unique("界面新增单位");
        browser.visible(By.cssSelector("[data-testid=org-add]")).click();
        browser.visible(By.cssSelector("[data-testid=org-add-name]")).sendKeys(name);
        browser.screenshot("org-add");
        browser.driver.findElement(By.xpath("//div[contains(@class,'ant-modal')]//button[contains(@class,'ant-btn-primary')]")).click();
        browser.visible(By.xpath("//*[@data-testid='org-tree']//*[text()='" + name + "']"));
        assertThat(jdbc.queryForObject("SELECT path FROM org WHERE name = ?", String.class, name)).startsWith("/650000/653100/");
        admin().put("/api/admin/orgs/" + jdbc.queryForObject("SELECT id FROM org WHERE name = ?", Long.class, name),
                "{\"active\":false}");

        browser.visible(By.cssSelector("[data-testid=admin-users]")).click();
        browser.visible(By.xpath("//*[@data-testid='user-table']//td[text()='ks_filer']"));
        browser.visible(By.cssSelector("[data-testid=user-create]")).click();
        browser.visible(By.cssSelector("[data-testid=user-username]"));
        browser.screenshot("user-dialog");
        noPageError();
        browser.driver.navigate().refresh();

        String lastDay = java.time.LocalDate.now().getYear() + "-12-31";
        assertThat(as("admin").put("/api/admin/calendar", json(java.util.Map.of("from", lastDay, "kind", "HOLIDAY",
                "note", "浏览器测试"))).status()).isEqualTo(200);
        try {
            browser.load("/admin/settings");
            browser.visible(By.cssSelector("[data-testid='setting-deviation.margin']"));
            browser.visible(By.cssSelector("[data-testid='setting-due.monitoring.day']"));
            browser.visible(By.xpath("//*[@data-testid='calendar-table']//td[contains(., '12月31日')]"));
            assertThat(browser.visible(By.cssSelector("[data-testid=calendar-table]")).getText()).contains("节假日").contains("浏览器测试");
            browser.screenshot("settings");
            noPageError();
        } finally {
            as("admin").put("/api/admin/calendar", json(java.util.Map.of("from", lastDay, "kind", "DEFAULT")));
        }

        // 三员分立: the audit log is not the system administrator's
        assertThat(browser.driver.findElements(By.cssSelector("[data-testid=admin-audit]"))).isEmpty();
        browser.load("/admin/audit");
        browser.wait.until(ExpectedConditions.urlContains("#/inbox"));
    }

    @Test
    void theSecurityAndAuditAdministratorsSeeOnlyTheirOwnPages() {
        browser.logIn("secadmin", "demo1234", "#/admin/users");
        browser.visible(By.xpath("//*[@data-testid='user-table']//td[text()='ks_filer']"));
        assertThat(browser.driver.findElements(By.cssSelector("[data-testid=user-reset]"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.xpath("//nav[@class='jx-nav']/a[text()='待办与表单']"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("[data-testid=admin-orgs]"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("[data-testid=camunda-link]"))).isEmpty();
        browser.screenshot("security-users");
        browser.visible(By.cssSelector("[data-testid=admin-settings]")).click();
        browser.visible(By.cssSelector("[data-testid='setting-password.expiryDays']"));
        browser.visible(By.cssSelector("[data-testid='setting-mfa.requiredRoles']"));
        assertThat(browser.driver.findElements(By.cssSelector("[data-testid='setting-deviation.margin']"))).isEmpty();
        browser.screenshot("security-settings");
        noPageError();

        browser.load("/login");
        browser.driver.manage().deleteAllCookies();
        browser.logIn("auditor", "demo1234", "#/admin/audit");
        browser.visible(By.xpath("//*[@data-testid='audit-table']//td[text()='secadmin']"));
        browser.visible(By.cssSelector("[data-testid=audit-verify]")).click();
        assertThat(browser.visible(By.cssSelector("[data-testid=audit-verdict]")).getText()).contains("审计日志完整");
        assertThat(browser.driver.findElements(By.cssSelector("[data-testid=admin-users]"))).isEmpty();
        browser.screenshot("audit");
        noPageError();
    }

    @Test
    void aUserEnrolsASecondFactorAndLogsInWithTheCode() throws Exception {
        String username = unique("ui_mfa_");
        jdbc.update("INSERT INTO app_user (username, display_name, password_hash, org_id, password_changed_at) "
                + "SELECT ?, '双因素测试', password_hash, org_id, CURRENT_TIMESTAMP FROM app_user WHERE username = 'ks_filer'",
                username);
        jdbc.update("INSERT INTO app_user_role (user_id, role) SELECT id, 'FILER' FROM app_user WHERE username = ?", username);
        browser.logIn(username, "demo1234", "#/inbox");
        browser.visible(By.cssSelector(".jx-user")).click();
        browser.visible(By.cssSelector("[data-testid=mfa-menu]")).click();
        browser.visible(By.cssSelector("[data-testid=mfa-start]")).click();
        browser.visible(By.cssSelector("[data-testid=mfa-qr]"));
        String secret = browser.visible(By.cssSelector("[data-testid=mfa-secret]")).getText();
        browser.screenshot("mfa-enrol");
        browser.size(Browser.PHONE);
        browser.screenshot("mfa-enrol-390");
        browser.size(Browser.DESKTOP);
        browser.visible(By.cssSelector("[data-testid=mfa-confirm-code]")).sendKeys(totp(secret, 0));
        browser.visible(By.cssSelector("[data-testid=mfa-confirm]")).click();
        assertThat(browser.visible(By.cssSelector("[data-testid=recovery-codes]")).findElements(By.tagName("code"))).hasSize(10);
        browser.screenshot("mfa-recovery-codes");
        browser.visible(By.cssSelector("[data-testid=mfa-done]")).click();

        browser.driver.manage().deleteAllCookies();
        browser.load("/login");
        browser.visible(By.id("username")).sendKeys(username);
        browser.visible(By.id("password")).sendKeys("demo1234");
        browser.visible(By.id("login-submit")).click();
        browser.visible(By.id("mfa-code")).sendKeys(totp(secret, 1)); // the confirmation used this step's code
        browser.screenshot("login-code");
        browser.size(Browser.PHONE);
        browser.screenshot("login-code-390");
        browser.visible(By.id("mfa-submit")).click();
        browser.wait.until(ExpectedConditions.urlContains("#/inbox"));
        noPageError();
    }

    /** The authenticator app's code, {@code offset} 30-second steps from now (RFC 6238 through the library). */
    private static String totp(String secret, int offset) throws Exception {
        return new dev.samstevens.totp.code.DefaultCodeGenerator().generate(secret,
                java.time.Instant.now().getEpochSecond() / 30 + offset);
    }

    @Test
    void nonAdminsHaveNoAdministrationMenuAndAreSentBack() {
        browser.logIn("ks_reviewer", "demo1234", "#/inbox");
        browser.visible(By.cssSelector("[data-testid=who]"));
        assertThat(browser.driver.findElements(By.xpath("//nav[@class='jx-nav']/a[text()='系统管理']"))).isEmpty();
        browser.load("/admin/users");
        browser.wait.until(ExpectedConditions.urlContains("#/inbox"));
    }

    @Test
    void aResetPasswordForcesTheChangeDialog() {
        ApiClient admin = as("admin");
        String username = unique("ui_reset_");
        createUser(admin, username, orgId("653101-01"), STRONG, "FILER");
        browser.logIn(username, STRONG, "#/inbox");
        WebElement dialog = browser.visible(By.cssSelector(".ant-modal"));
        assertThat(dialog.getText()).contains("请修改密码");
        browser.screenshot("force-password");
        var inputs = dialog.findElements(By.cssSelector("input[type=password]"));
        inputs.get(0).sendKeys(STRONG);
        inputs.get(1).sendKeys("Brand-new-pass-9");
        inputs.get(2).sendKeys("Brand-new-pass-9");
        dialog.findElement(By.cssSelector(".ant-btn-primary")).click();
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ant-modal")));
        assertThat(new ApiClient(port).login(username, "Brand-new-pass-9").status()).isEqualTo(200);
    }
}
