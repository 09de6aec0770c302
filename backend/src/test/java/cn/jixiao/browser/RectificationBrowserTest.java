package cn.jixiao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.attachment.TestFiles;
import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.Fixtures;
import cn.jixiao.support.FormActions;
import cn.jixiao.support.Browser;
import cn.jixiao.support.H2Test;
import cn.jixiao.support.InChromium;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * From a 差 self-evaluation to an accepted rectification with its evidence, in a real headless chromium: the
 * reviewer approves and the dialog suggests (and takes) the rectification order; the filer writes the 整改情况 and
 * drops a PDF on the page; the unit head approves (API); the reviewer accepts it on the form's 整改 tab; the 结果应用
 * page shows it. Screenshots at 1366×768 and 390×844 go to target/screenshots/ and docs/screenshots/16/.
 */
@H2Test
@InChromium
class RectificationBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DOCS = Path.of("..", "docs", "screenshots", "16");
    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)?)");

    @LocalServerPort
    int port;

    private Browser browser;

    @Test
    void aPoorGradeLeadsToARectificationThatIsAcceptedWithItsEvidence() throws Exception {
        String project = "整改浏览器测试 城乡居民基本养老保险 " + System.nanoTime();
        long id = poorEvaluation(project);
        assertThat(ApiClient.loggedIn(port, "ks_filer").get("/api/forms/" + id).json().path("computed").path("grade").asText())
                .isEqualTo("差");

        // the reviewer approves; the dialog suggests a rectification because of the grade and sends the order
        browser.loginAs("ks_reviewer");
        browser.openFromInbox(project);
        browser.click(By.cssSelector("[data-testid=btn-approve]"));
        browser.visible(By.cssSelector("[data-testid=decision-rectification]"));
        assertThat(browser.text(By.cssSelector("[data-testid=decision-rectification]"))).contains("建议整改", "自评等级为“差”");
        browser.visible(By.cssSelector("[data-testid=rectification-requirements]")).sendKeys("查明各项指标未达标原因，制定整改措施并报送佐证材料");
        WebElement due = browser.visible(By.cssSelector("[data-testid=rectification-order] .ant-picker input"));
        due.click();
        due.sendKeys("2099-06-30");
        due.sendKeys(Keys.ENTER);
        browser.click(By.cssSelector(".jx-decision-dialog .ant-modal-title")); // closes the calendar
        browser.screenshotsAtBothSizes("approve-with-rectification", DOCS);
        acknowledgeAndConfirm();
        browser.until(d -> status(id).equals("SIGN_OFF"));
        FormActions.complete(ApiClient.loggedIn(port, "ks_leader"), id, "signOff", "{\"decision\":\"SIGN\"}");

        // the filer: the inbox's 整改填报 opens the 整改 tab; writes the report and drops the evidence
        browser.loginAs("ks_filer");
        browser.openFromInbox(project);
        browser.visible(By.cssSelector("[data-testid=rectifications]"));
        browser.visible(By.cssSelector("textarea[data-testid=rectification-report], [data-testid=rectification-report] textarea")).sendKeys("已逐项分析原因，调整了征缴计划，附整改报告。");
        dropFile("[data-testid=rectifications] .ant-upload-drag .ant-upload-text", "整改报告.pdf", TestFiles.pdf());
        try {
            browser.until(d -> !d.findElements(By.xpath("//*[@data-testid='rectifications']//a[contains(., '.pdf')]")).isEmpty());
        } catch (RuntimeException e) {
            browser.screenshot("upload-failed");
            throw new AssertionError("the evidence did not appear; page: " + browser.driver.findElement(
                    By.cssSelector("[data-testid=rectifications]")).getText() + " / calls " + browser.js("return JSON.stringify(window.__calls)")
                    + " / errors " + browser.js("return JSON.stringify(window.__errors)")
                    + " / drag " + browser.js("return document.querySelectorAll('.ant-upload-drag').length + ' ' + document.querySelectorAll('input[type=file]').length"), e);
        }
        browser.screenshotsAtBothSizes("filer-report-and-evidence", DOCS);
        browser.click(By.cssSelector("[data-testid=rectification-SUBMIT]"));
        browser.until(d -> rectification(id).path("status").asText().equals("SUBMITTED"));

        FormActions.complete(ApiClient.loggedIn(port, "ks_head"), id, "rectifyReview", "{\"decision\":\"APPROVE\"}");

        // the reviewer verifies and accepts on the form's 整改 tab
        browser.loginAs("ks_reviewer");
        browser.openFromInbox(project);
        browser.visible(By.cssSelector("[data-testid=rectifications]"));
        browser.screenshotsAtBothSizes("reviewer-verify", DOCS);
        browser.click(By.cssSelector("[data-testid=rectification-ACCEPT]"));
        browser.visible(By.cssSelector("textarea[data-testid=rectification-comment], [data-testid=rectification-comment] textarea")).sendKeys("整改到位，予以验收");
        browser.click(By.xpath("//div[contains(@class,'ant-modal')]//button[contains(@class,'ant-btn-primary')]"));
        browser.until(d -> d.findElements(By.cssSelector("[data-testid=rectification-status]")).stream()
                .anyMatch(e -> e.getText().contains("已验收")));
        browser.screenshotsAtBothSizes("accepted", DOCS);
        JsonNode accepted = rectification(id);
        assertThat(accepted.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.path("attachments")).hasSize(1);

        // the year's 结果应用 shows the form with its rectification accepted
        browser.load("/results?year=2020");
        browser.visible(By.cssSelector("[data-testid=results-table]"));
        browser.until(d -> d.findElement(By.cssSelector("[data-testid=results-table]")).getText().contains("已验收"));
        browser.screenshotsAtBothSizes("results", DOCS);
    }

    /** Drops a file on the element as a user dragging it from the desktop would (drag events with a DataTransfer). */
    private void dropFile(String selector, String name, byte[] content) {
        browser.js("window.__calls = []; window.__errors = [];"
                + "window.addEventListener('error', e => window.__errors.push(String(e.message)));"
                + "window.addEventListener('unhandledrejection', e => window.__errors.push(String(e.reason && e.reason.stack || e.reason)));"
                + "const f = window.fetch; window.fetch = (...a) => f(...a).then(r => { window.__calls.push(a[0] + ' ' + r.status); return r; });");
        browser.js("const bytes = Uint8Array.from(atob(arguments[1]), c => c.charCodeAt(0));"
                + "const data = new DataTransfer();"
                + "data.items.add(new File([bytes], arguments[2], { type: 'application/pdf' }));"
                + "const target = document.querySelector(arguments[0]);"
                + "for (const type of ['dragenter', 'dragover', 'drop']) {"
                + "  target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));"
                + "}", selector, Base64.getEncoder().encodeToString(content), name);
    }

    /** The decision dialog: explain any warning, then confirm. */
    private void acknowledgeAndConfirm() {
        for (WebElement textarea : browser.all(By.cssSelector(".jx-decision-dialog .jx-ack-item textarea.ant-input-status-warning"))) {
            browser.scrollIntoView(textarea);
            textarea.sendKeys("已核实");
        }
        browser.click(By.cssSelector(".jx-decision-dialog .ant-modal-footer .ant-btn-primary"));
    }


    /** The real 2020 城乡居民养老 self-evaluation with every quantity at 30 % of its target: graded 差. */
    private long poorEvaluation(String project) throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(Fixtures.read(Fixtures.EVALUATION_PENSION));
        doc.put("project", project);
        ((ObjectNode) doc.path("report")).put("budgetedExpense", doc.path("budget").path("planned").path("total").decimalValue());
        ((ObjectNode) doc.path("report")).put("budgetCompletionPct", 100);
        ObjectNode deviation = (ObjectNode) doc.path("deviation");
        deviation.put("reason", "参保扩面工作未按计划推进，征缴进度滞后");
        deviation.put("measures", "下半年开展集中扩面征缴，按月通报进度");
        for (JsonNode indicator : doc.path("indicators")) {
            ((ObjectNode) indicator).put("actual", scaled(indicator.path("target").asText()));
        }
        ApiClient filer = ApiClient.loggedIn(port, "ks_filer");
        long id = FormActions.create(filer, doc);
        Response submitted = FormActions.submit(filer, id, "draft");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        FormActions.complete(ApiClient.loggedIn(port, "ks_head"), id, "unitReview", "{\"decision\":\"APPROVE\"}");
        return id;
    }

    private static String scaled(String target) {
        Matcher m = NUMBER.matcher(target);
        if (!m.find()) {
            return target;
        }
        long scaled = Math.round(Double.parseDouble(m.group(1)) * 0.3);
        return target.substring(0, m.start()) + scaled + target.substring(m.end());
    }

    private String status(long id) {
        return ApiClient.loggedIn(port, "ks_filer").get("/api/forms/" + id).json().path("status").asText();
    }

    private JsonNode rectification(long id) {
        return ApiClient.loggedIn(port, "ks_filer").get("/api/forms/" + id + "/rectifications").json().get(0);
    }
}
