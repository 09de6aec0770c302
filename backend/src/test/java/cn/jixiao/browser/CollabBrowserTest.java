package cn.jixiao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.document.FormType;
import cn.jixiao.support.ApiClient;
import cn.jixiao.support.Browser;
import cn.jixiao.support.FormActions;
import cn.jixiao.support.H2Test;
import cn.jixiao.support.InChromium;
import cn.jixiao.workflow.ReturnTarget;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 17 in the browser: the reviewer returns with a cell comment, the filer sees it as a thread, replies and
 * resolves it, the unit head re-seals the correction (correction.viaUnitHead) and the reviewer sees the thread
 * resolved, with the reply; a return to the unit head, who sees why the form is back; a 转办 in the history; a form
 * copied to the leader opened from 抄送我的. Screenshots at 1366×768 and 390×844: target/screenshots/ and
 * docs/screenshots/17/.
 */
@H2Test
@InChromium
class CollabBrowserTest {

    private static final String CELL = "indicators[1].actual";
    private static final String COMMENT = "是否为1-9月累计？请核实";
    private static final String REPLY = "已改为1-9月累计数";
    private static final Path DOCS = Path.of("..", "docs", "screenshots", "17");
    private static final By HISTORY = By.cssSelector("[data-testid=history]");

    @LocalServerPort
    int port;

    private Browser browser;

    /** A 喀什地区医保局 form submitted and approved by its unit head: waiting at 地区审核. */
    private long atPrefectureReview(String project) {
        ApiClient filer = ApiClient.loggedIn(port, "ksyb_filer");
        long id = FormActions.create(filer, FormActions.futureMonitoringDocument(project));
        assertThat(FormActions.submit(filer, id, "draft").status()).isEqualTo(200);
        FormActions.complete(ApiClient.loggedIn(port, "ksyb_head"), id, "unitReview", "{\"decision\":\"APPROVE\"}");
        return id;
    }

    @Test
    void aReturnsCellCommentIsAnsweredAndResolvedByTheFilerAndTheReviewerSeesIt() {
        String project = "协作浏览器测试 " + System.nanoTime();
        long id = atPrefectureReview(project);

        // the reviewer comments on a cell and returns (to the filer, the default at 地区审核)
        browser.loginAs("ks_reviewer");
        browser.openFromInbox(project);
        browser.click(cell());
        browser.visible(By.cssSelector("textarea[data-testid=cell-comment-input], [data-testid=cell-comment-input] textarea"))
                .sendKeys(COMMENT);
        browser.click(By.cssSelector("[data-test=comment-save]"));
        browser.decide("btn-return", null, "请核实享受待遇人次");

        // the filer: the comment is a thread on the side, and on its cell; reply, then resolve
        browser.loginAs("ksyb_filer");
        browser.openFromInbox(project);
        WebElement thread = browser.visible(thread());
        assertThat(thread.getText()).contains(COMMENT).contains("待解决").contains("刘芳");
        assertThat(browser.visible(cell()).getAttribute("class")).contains("jx-cell-commented");
        browser.screenshot("filer-sees-thread");
        thread.findElement(By.cssSelector("[data-testid=thread-reply]")).sendKeys(REPLY);
        thread.findElement(By.cssSelector("[data-testid=thread-send]")).click();
        browser.until(d -> d.findElement(thread()).getText().contains(REPLY));
        browser.click(By.cssSelector(".jx-thread[data-thread='" + CELL + "'] [data-testid=thread-resolve]"));
        browser.visible(By.cssSelector(".jx-thread[data-thread='" + CELL + "'] [data-testid=thread-resolved]"));
        browser.screenshot("filer-resolved");

        // corrected and resubmitted (over the API: the correction itself is BrowserTest's story): to the unit first
        ApiClient filer = ApiClient.loggedIn(port, "ksyb_filer");
        assertThat(FormActions.submit(filer, id, "correct").json().path("status").asText()).isEqualTo("UNIT_REVIEW");

        // the unit head sees the answered thread and re-seals the form
        browser.loginAs("ksyb_head");
        browser.openFromInbox(project);
        WebElement atUnit = browser.visible(thread());
        browser.until(d -> atUnit.getText().contains("已解决"));
        browser.decide("btn-approve", "已核实", null);
        assertThat(filer.get("/api/forms/" + id).json().path("status").asText()).isEqualTo("PREFECTURE_REVIEW");

        // the reviewer sees the thread resolved, with the filer's reply
        browser.loginAs("ks_reviewer");
        browser.openFromInbox(project);
        WebElement seen = browser.visible(thread());
        browser.until(d -> seen.getText().contains("已解决"));
        assertThat(seen.getText()).contains(COMMENT).contains(REPLY).contains("已解决 · 古丽娜尔");
        browser.screenshotsAtBothSizes("reviewer-sees-resolved", DOCS);

        JsonNode threads = ApiClient.loggedIn(port, "ks_reviewer").get("/api/forms/" + id + "/comments").json();
        assertThat(threads).hasSize(1);
        assertThat(threads.get(0).path("resolvedBy").asText()).isEqualTo("ksyb_filer");
    }

    @Test
    void theReviewerReturnsToTheUnitHead_whoSeesWhyAndApprovesItBack() {
        String project = "退回单位审核浏览器测试 " + System.nanoTime();
        long id = atPrefectureReview(project);
        String why = "请单位核实享受待遇人次后重新盖章上报";

        browser.loginAs("ks_reviewer");
        browser.openFromInbox(project);
        browser.click(By.cssSelector("[data-testid=btn-return]"));
        WebElement choice = browser.visible(By.cssSelector(Browser.DECISION_DIALOG + " [data-testid=return-to]"));
        assertThat(choice.getText()).contains(ReturnTarget.FILER.label()).contains(ReturnTarget.UNIT_HEAD.label())
                .doesNotContain(ReturnTarget.REVIEWER.label());
        browser.click(By.cssSelector("[data-testid=return-to-UNIT_HEAD]"));
        browser.visible(By.cssSelector(Browser.DECISION_DIALOG + " [data-testid=decision-comment] textarea, "
                + Browser.DECISION_DIALOG + " textarea[data-testid=decision-comment]")).sendKeys(why);
        browser.screenshotsAtBothSizes("return-to-unit-head", DOCS);
        browser.click(By.cssSelector(Browser.DECISION_DIALOG + " .ant-modal-footer .ant-btn-primary"));
        browser.until(d -> d.getCurrentUrl().contains("#/inbox"));
        ApiClient head = ApiClient.loggedIn(port, "ksyb_head");
        assertThat(head.get("/api/forms/" + id).json().path("status").asText()).isEqualTo("UNIT_REVIEW");

        browser.loginAs("ksyb_head");
        browser.openFromInbox(project);
        assertThat(browser.text(By.cssSelector("[data-testid=returned-here-alert]"))).contains("刘芳").contains(why);
        browser.screenshotsAtBothSizes("unit-head-sees-why", DOCS);
        browser.decide("btn-approve", "已核实", null);
        assertThat(head.get("/api/forms/" + id).json().path("status").asText()).isEqualTo("PREFECTURE_REVIEW");

        // the history names the return and the unit's second approval; nothing on the page fails
        browser.load("/forms/" + id + "?tab=history");
        browser.until(d -> d.findElement(HISTORY).getText().contains(why));
        assertThat(browser.text(HISTORY)).contains("地区审核");
        assertThat(browser.all(By.cssSelector(".ant-message-error"))).as("no error message").isEmpty();
    }

    @Test
    void aTransferIsInTheHistoryFromWhomToWhom_andACopiedFormOpensFromTheLeadersInbox() {
        String project = "转办抄送浏览器测试 " + System.nanoTime();
        long id = atPrefectureReview(project);
        ApiClient reviewer = ApiClient.loggedIn(port, "ks_reviewer");
        String task = FormActions.openTask(reviewer, id, "prefectureReview");
        assertThat(reviewer.post("/api/tasks/" + task + "/transfer", "{\"to\":\"ks_reviewer2\",\"comment\":\"本人休假\"}")
                .status()).isEqualTo(200);
        assertThat(ApiClient.loggedIn(port, "ksyb_filer").post("/api/forms/" + id + "/cc",
                "{\"users\":[\"ks_leader\"],\"comment\":\"请领导知悉\"}").status()).isEqualTo(200);

        browser.loginAs("ks_reviewer2");
        browser.load("/forms/" + id + "?tab=history");
        browser.until(d -> d.findElement(HISTORY).getText().contains("刘芳 → 王雪梅"));
        assertThat(browser.text(HISTORY)).contains("本人休假");
        assertThat(browser.all(By.cssSelector(".ant-message-error"))).as("no error message").isEmpty();
        browser.screenshotsAtBothSizes("history-transfer", DOCS);

        browser.loginAs("ks_leader");
        browser.load("/inbox?tab=cc");
        browser.waitForTableLoaded();
        By row = By.xpath("//*[@data-testid='inbox-table']//tr[.//a[@title='" + project + "']]");
        assertThat(browser.visible(row).getText()).contains(FormType.MONITORING.shortLabel());
        browser.screenshotsAtBothSizes("inbox-cc", DOCS);
        browser.openFromInbox(project);
        assertThat(browser.driver.getCurrentUrl()).endsWith("#/forms/" + id);
    }

    private static By cell() {
        return By.cssSelector(".jx-cell[data-path='" + CELL + "']");
    }

    private static By thread() {
        return By.cssSelector(".jx-thread[data-thread='" + CELL + "']");
    }
}
