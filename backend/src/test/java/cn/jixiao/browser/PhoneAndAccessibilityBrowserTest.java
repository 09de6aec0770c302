package cn.jixiao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.Browser;
import cn.jixiao.support.FormActions;
import cn.jixiao.support.H2Test;
import cn.jixiao.support.InChromium;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 18, the phone and accessibility: a leader signs one form and batch-signs two at 390×844; every main screen
 * of every role has no WCAG 2.0/2.1 A or AA violation that axe-core finds and reaches no further than the screen
 * at the desktop size, at a phone's and at a 1366 px screen zoomed to 200 % (683 CSS px); the story from the login
 * to the 签发 dialog works with the keyboard alone. Screenshots of both sizes: docs/screenshots/18/.
 */
@H2Test
@InChromium
class PhoneAndAccessibilityBrowserTest {

    private static final Path DOCS = Path.of("..", "docs", "screenshots", "18");
    /** A 1366×768 screen with its text zoomed to 200 %. */
    private static final Dimension ZOOMED = new Dimension(683, 384);
    private static final String NOTE = "已核实";
    /** The security and audit administrators land in the administration; everyone else in the inbox. */
    private static final List<String> ADMINISTRATION_ONLY = List.of("secadmin", "auditor");

    @LocalServerPort
    int port;

    private Browser browser;

    @Test
    void aLeaderSignsOneFormAndBatchSignsTwoOnAPhone() {
        String project = "手机签发 " + System.nanoTime();
        List<Long> ids = List.of(atSignOff(project + " 甲"), atSignOff(project + " 乙"), atSignOff(project + " 丙"));

        browser.size(Browser.PHONE);
        browser.loginAs("ks_leader");
        assertThat(browser.innerWidth()).isEqualTo(Browser.PHONE.width);
        assertFitsAndPasses("待办");
        // one action per task: 处理 (deciding claims the task), no 领取 beside it
        WebElement card = card(project + " 甲");
        assertThat(card.findElements(By.cssSelector("button, a")).stream().map(e -> e.getText().replace(" ", "")))
                .contains("处理").doesNotContain("领取");
        browser.screenshotsAtBothSizes("inbox-leader", DOCS);
        browser.size(Browser.PHONE);

        browser.openFromInbox(project + " 甲");
        assertFitsAndPasses("表单（签发）");
        WebElement sign = browser.visible(By.cssSelector("[data-testid=btn-sign]"));
        assertThat(browser.insideViewport(sign)).as("签发 inside the 390 px screen").isTrue();
        browser.screenshotsAtBothSizes("form-signoff", DOCS);
        browser.size(Browser.PHONE);
        browser.click(By.cssSelector("[data-testid=btn-sign]"));
        browser.visible(By.cssSelector(Browser.DECISION_DIALOG + " .ant-modal-content"));
        assertFitsAndPasses("签发对话框");
        browser.screenshotsAtBothSizes("dialog-sign", DOCS);
        browser.size(Browser.PHONE);
        browser.driver.findElement(By.cssSelector(Browser.DECISION_DIALOG + " .ant-modal-footer .ant-btn-default")).click();
        browser.decide("btn-sign", NOTE, null);
        assertThat(status(ids.get(0))).isEqualTo("SIGNED");

        // batch sign: the two others, ticked on their cards
        browser.load("/inbox");
        browser.waitForTableLoaded();
        for (String which : List.of(" 乙", " 丙")) {
            card(project + which).findElement(By.cssSelector(".ant-checkbox-wrapper")).click();
        }
        browser.click(By.cssSelector("[data-testid=btn-batch-sign]"));
        browser.visible(By.cssSelector(".jx-batch-sign-dialog .ant-modal-content"));
        browser.until(d -> d.findElements(By.cssSelector(".jx-batch-sign-dialog .ant-spin")).isEmpty());
        assertFitsAndPasses("批量签发");
        browser.screenshotsAtBothSizes("batch-sign", DOCS);
        browser.size(Browser.PHONE);
        browser.visible(By.id("batch-note")).sendKeys(NOTE);
        browser.click(By.cssSelector("[data-testid=batch-sign-run]"));
        for (int i = 0; i < 2; i++) {
            By result = By.cssSelector("[data-testid=batch-result-" + i + "]");
            browser.until(d -> d.findElement(result).getText().contains("✓"));
        }
        browser.screenshot("batch-signed");
        assertThat(ids.subList(1, 3)).allSatisfy(id -> assertThat(status(id)).isEqualTo("SIGNED"));
    }

    @Test
    void everyScreenOfEveryRolePassesAxeAndFitsTheScreen() {
        String project = "无障碍 " + System.nanoTime();
        ApiClient filer = ApiClient.loggedIn(port, "ks_filer");
        long draft = FormActions.create(filer, FormActions.futureMonitoringDocument(project + " 草稿"));
        long unitReview = submitted(project + " 单位审核");
        long review = submitted(project + " 地区审核");
        FormActions.complete(ApiClient.loggedIn(port, "ks_head"), review, "unitReview", "{\"decision\":\"APPROVE\"}");
        long signOff = atSignOff(project + " 签发");
        ApiClient.Response issued = ApiClient.loggedIn(port, "ks_reviewer")
                .post("/api/campaigns", "{\"type\":\"TARGET\",\"year\":2077,\"due\":\"2077-01-31\"}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        long campaign = issued.json().path("id").asLong();

        Map<String, List<String>> screens = new LinkedHashMap<>();
        screens.put("ks_filer", List.of("/inbox", "/inbox?tab=forms", "/forms/" + draft, "/forms/" + draft + "?tab=history", "/results"));
        screens.put("ks_head", List.of("/inbox", "/forms/" + unitReview));
        screens.put("ks_reviewer", List.of("/inbox", "/forms/" + review, "/dashboard", "/campaigns", "/campaigns/" + campaign));
        screens.put("ks_leader", List.of("/inbox", "/forms/" + signOff, "/dashboard"));
        screens.put("admin", List.of("/admin/orgs", "/admin/users", "/admin/unit-funds", "/admin/settings"));
        screens.put("secadmin", List.of("/admin/users"));
        screens.put("auditor", List.of("/admin/audit"));

        List<String> problems = new ArrayList<>();
        for (Dimension size : List.of(Browser.DESKTOP, Browser.PHONE, ZOOMED)) {
            browser.size(size);
            browser.load("/login");
            browser.visible(By.id("username"));
            check("登录", size, problems);
        }
        screens.forEach((user, routes) -> {
            browser.size(Browser.DESKTOP);
            browser.logIn(user, "demo1234", ADMINISTRATION_ONLY.contains(user) ? "#/admin" : "#/inbox");
            for (Dimension size : List.of(Browser.DESKTOP, Browser.PHONE, ZOOMED)) {
                browser.size(size);
                for (String route : routes) {
                    browser.load(route);
                    waitForScreen();
                    check(user + " " + route, size, problems);
                    if (route.equals("/forms/" + signOff) && !size.equals(Browser.DESKTOP)) {
                        boolean reachable = browser.insideViewport(browser.visible(By.cssSelector("[data-testid=btn-sign]")));
                        if (!reachable) {
                            problems.add(user + " " + route + " at " + size + ": 签发 outside the screen");
                        }
                    }
                }
            }
        });
        browser.size(Browser.DESKTOP);
        browser.logIn("ks_reviewer", "demo1234", "#/inbox");
        browser.load("/dashboard");
        waitForScreen();
        browser.screenshotsAtBothSizes("dashboard-reviewer", DOCS);
        assertThat(problems).isEmpty();
    }

    @Test
    void theLeaderSignsWithTheKeyboardAlone() {
        String project = "键盘签发 " + System.nanoTime();
        long id = atSignOff(project);
        browser.load("/login");
        browser.visible(By.id("username"));
        assertThat(active().getAttribute("id")).as("the user name has the focus").isEqualTo("username");
        active().sendKeys("ks_leader");
        active().sendKeys(Keys.TAB);
        assertThat(active().getAttribute("id")).isEqualTo("password");
        active().sendKeys("demo1234", Keys.ENTER);
        browser.until(ExpectedConditions.urlContains("#/inbox"));
        browser.waitForTableLoaded();
        browser.visible(By.xpath("//*[@data-testid='inbox-table']//a[@title='" + project + "']"));

        tabUntil(el -> project.equals(el.getAttribute("title")), "the form's link in the inbox");
        active().sendKeys(Keys.ENTER);
        browser.until(ExpectedConditions.urlMatches("#/forms/\\d+"));
        browser.visible(By.cssSelector("[data-testid=btn-sign]"));

        tabUntil(el -> "btn-sign".equals(el.getAttribute("data-testid")), "签发");
        active().sendKeys(Keys.ENTER);
        browser.visible(By.cssSelector(Browser.DECISION_DIALOG + " .ant-modal-content"));
        // in the dialog: a note for each warning, then the confirming button
        tabUntil(el -> {
            if (el.getTagName().equals("textarea") && el.getAttribute("class").contains("ant-input-status-warning")) {
                el.sendKeys(NOTE);
            }
            return el.getTagName().equals("button") && el.getAttribute("class").contains("ant-btn-primary")
                    && el.isEnabled() && browser.all(By.cssSelector(Browser.DECISION_DIALOG + " " + Browser.NOTE_MISSING)).isEmpty();
        }, "确认签发");
        browser.screenshot("keyboard-confirm");
        active().sendKeys(Keys.ENTER);
        browser.until(ExpectedConditions.urlContains("#/inbox"));
        assertThat(status(id)).isEqualTo("SIGNED");
    }

    // ------------------------------------------------------------------ helpers

    private void assertFitsAndPasses(String screen) {
        assertThat(browser.overflowX()).as("%s: sideways past the screen (px)", screen).isZero();
        assertThat(browser.axeViolations()).as("%s: axe-core, WCAG 2.1 A/AA", screen).isEmpty();
    }

    /** Sideways overflow at every size; axe-core at the desktop's and the phone's (the zoomed layout is the phone's). */
    private void check(String screen, Dimension size, List<String> problems) {
        long over = browser.overflowX();
        if (over > 0) {
            problems.add(screen + " at " + size + ": " + over + " px past the screen's right edge");
        }
        if (!size.equals(ZOOMED)) {
            browser.axeViolations().forEach(v -> problems.add(screen + " at " + size + ": " + v));
        }
    }

    /** The page has rendered and its lists and form have loaded (no spinner left). */
    private void waitForScreen() {
        browser.visible(By.cssSelector(".jx-main > *"));
        browser.until(d -> d.findElements(By.cssSelector(".jx-page-spin, .ant-spin-spinning")).isEmpty());
    }

    private WebElement card(String project) {
        return browser.visible(By.xpath("//li[contains(@class,'jx-row-card')][.//a[@title='" + project + "']]"));
    }

    private WebElement active() {
        return browser.driver.switchTo().activeElement();
    }

    /** Presses Tab until the focused element is the one wanted (at most 100 times). */
    private void tabUntil(Predicate<WebElement> wanted, String what) {
        for (int i = 0; i < 100; i++) {
            active().sendKeys(Keys.TAB);
            if (wanted.test(active())) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + what);
    }

    /** A form of a year of its own (no timers fire) submitted by ks_filer: at 单位审核. */
    private long submitted(String project) {
        ApiClient filer = ApiClient.loggedIn(port, "ks_filer");
        long id = FormActions.create(filer, FormActions.futureMonitoringDocument(project));
        assertThat(FormActions.submit(filer, id, "draft").status()).isEqualTo(200);
        return id;
    }

    /** A form approved by ks_head and ks_reviewer: ks_leader's to sign. */
    private long atSignOff(String project) {
        long id = submitted(project);
        FormActions.complete(ApiClient.loggedIn(port, "ks_head"), id, "unitReview", "{\"decision\":\"APPROVE\"}");
        FormActions.complete(ApiClient.loggedIn(port, "ks_reviewer"), id, "prefectureReview", "{\"decision\":\"APPROVE\"}");
        return id;
    }

    private String status(long id) {
        return ApiClient.loggedIn(port, "ks_filer").get("/api/forms/" + id).json().path("status").asText();
    }
}
