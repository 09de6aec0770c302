package cn.jixiao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.FormActions;
import cn.jixiao.support.Browser;
import cn.jixiao.support.H2Test;
import cn.jixiao.support.InChromium;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 17 in the browser: the reviewer returns with a cell comment, the filer sees it as a thread, replies and
 * resolves it, and once the form is back the reviewer sees the thread resolved, with the reply. (A corrected form
 * goes straight back to the reviewer: the 单位审核 pass of correction.viaUnitHead is not built yet.)
 */
@H2Test
@InChromium
class CollabBrowserTest {

    private static final String CELL = "indicators[1].actual";
    private static final String COMMENT = "是否为1-9月累计？请核实";
    private static final String REPLY = "已改为1-9月累计数";

    @LocalServerPort
    int port;

    private Browser browser;

    @Test
    void aReturnsCellCommentIsAnsweredAndResolvedByTheFilerAndTheReviewerSeesIt() {
        String project = "协作浏览器测试 " + System.nanoTime();
        ApiClient filer = ApiClient.loggedIn(port, "ksyb_filer");
        long id = FormActions.create(filer, FormActions.futureMonitoringDocument(project));
        assertThat(FormActions.submit(filer, id, "draft").status()).isEqualTo(200);
        ApiClient head = ApiClient.loggedIn(port, "ksyb_head");
        assertThat(head.post("/api/tasks/" + FormActions.openTask(head, id, "unitReview") + "/complete",
                "{\"decision\":\"APPROVE\"}").status()).isEqualTo(200);

        // the reviewer comments on a cell and returns
        browser.loginAs("ks_reviewer");
        browser.openFromInbox(project);
        browser.click(cell());
        browser.visible(By.cssSelector("textarea[data-testid=cell-comment-input], [data-testid=cell-comment-input] textarea"))
                .sendKeys(COMMENT);
        browser.click(By.cssSelector("[data-test=comment-save]"));
        browser.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-test=comment-save]")));
        browser.click(By.cssSelector("[data-testid=btn-return]"));
        browser.visible(By.cssSelector(".jx-decision-dialog textarea[data-testid=decision-comment], "
                + ".jx-decision-dialog [data-testid=decision-comment] textarea")).sendKeys("请核实享受待遇人次");
        browser.click(By.cssSelector(".jx-decision-dialog .ant-modal-footer .ant-btn-primary"));
        browser.until(ExpectedConditions.urlContains("#/inbox"));

        // the filer: the comment is a thread on the side, and on its cell; reply, then resolve
        browser.loginAs("ksyb_filer");
        browser.openFromInbox(project);
        WebElement thread = browser.visible(By.cssSelector(".jx-thread[data-thread='" + CELL + "']"));
        assertThat(thread.getText()).contains(COMMENT).contains("待解决").contains("刘芳");
        assertThat(browser.visible(cell()).getAttribute("class")).contains("jx-cell-commented");
        browser.screenshot("filer-sees-thread");
        thread.findElement(By.cssSelector("[data-testid=thread-reply]")).sendKeys(REPLY);
        thread.findElement(By.cssSelector("[data-testid=thread-send]")).click();
        browser.until(d -> d.findElement(By.cssSelector(".jx-thread[data-thread='" + CELL + "']")).getText().contains(REPLY));
        browser.click(By.cssSelector(".jx-thread[data-thread='" + CELL + "'] [data-testid=thread-resolve]"));
        browser.visible(By.cssSelector(".jx-thread[data-thread='" + CELL + "'] [data-testid=thread-resolved]"));
        browser.screenshot("filer-resolved");

        // corrected and resubmitted (over the API: the correction itself is BrowserTest's story)
        assertThat(FormActions.submit(filer, id, "correct").status()).isEqualTo(200);

        // the reviewer sees the thread resolved, with the filer's reply
        browser.loginAs("ks_reviewer");
        browser.openFromInbox(project);
        WebElement seen = browser.visible(By.cssSelector(".jx-thread[data-thread='" + CELL + "']"));
        browser.until(d -> seen.getText().contains("已解决"));
        assertThat(seen.getText()).contains(COMMENT).contains(REPLY).contains("已解决 · 古丽娜尔");
        browser.screenshot("reviewer-sees-resolved");

        JsonNode threads = ApiClient.loggedIn(port, "ks_reviewer").get("/api/forms/" + id + "/comments").json();
        assertThat(threads).hasSize(1);
        assertThat(threads.get(0).path("resolvedBy").asText()).isEqualTo("ksyb_filer");
    }

    private static By cell() {
        return By.cssSelector(".jx-cell[data-path='" + CELL + "']");
    }
}
