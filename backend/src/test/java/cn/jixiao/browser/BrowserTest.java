package cn.jixiao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.Fixtures;
import cn.jixiao.support.Browser;
import cn.jixiao.support.H2Test;
import cn.jixiao.support.InChromium;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web app in a real (headless) chromium against the whole application on H2 with demo data:
 * a monitoring form from draft to SIGNED by four people, with a return carrying a cell comment and
 * the correction; a validation finding on the cell it concerns; the dashboard's chart. Skipped
 * where chromium or chromedriver is not installed. Screenshots: target/screenshots/.
 */
@H2Test
@InChromium
class BrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RETURN_CELL = "indicators[1].actual";
    private static final String CELL_COMMENT = "70.98万人次是否为1-9月累计？请核实";

    @LocalServerPort
    int port;

    private Browser browser;

    @Test
    void monitoringFormGoesFromDraftToSignedThroughTheUi() throws Exception {
        String project = "浏览器测试 城镇职工基本医疗保险基金支出 " + System.nanoTime();
        long id = createMonitoringForm(project);

        // the filer: inbox → form → submit, explaining each warning in the dialog
        browser.loginAs("ks_filer");
        browser.screenshot("inbox-filer");
        browser.openFromInbox(project);
        assertThat(browser.text(By.cssSelector("[data-test=form-status]"))).isEqualTo("草稿");
        browser.decide("btn-submit", "完成率按时间进度折算", null);
        assertThat(status(id)).isEqualTo("UNIT_REVIEW");

        // the unit head approves
        browser.loginAs("ks_head");
        browser.openFromInbox(project);
        browser.decide("btn-approve", "已核实", null);
        assertThat(status(id)).isEqualTo("PREFECTURE_REVIEW");

        // the reviewer comments on one cell and returns
        browser.loginAs("ks_reviewer");
        browser.openFromInbox(project);
        browser.click(cell(RETURN_CELL));
        WebElement input = browser.visible(By.cssSelector(
                "textarea[data-testid=cell-comment-input], [data-testid=cell-comment-input] textarea"));
        input.sendKeys(CELL_COMMENT);
        browser.click(By.cssSelector("[data-test=comment-save]"));
        browser.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-test=comment-save]")));
        browser.until(d -> d.findElement(cell(RETURN_CELL)).getAttribute("class").contains("jx-cell-commented"));
        assertThat(browser.text(By.cssSelector(".jx-form-side .jx-finding-comment"))).contains(CELL_COMMENT);
        browser.screenshot("review-cell-comment");
        browser.decide("btn-return", null, "享受待遇人次偏低，请核实");
        assertThat(status(id)).isEqualTo("RETURNED");

        // the filer sees the comment on that cell, corrects it and resubmits
        browser.loginAs("ks_filer");
        browser.openFromInbox(project);
        assertThat(browser.text(By.cssSelector("[data-testid=return-alert]"))).contains("享受待遇人次偏低，请核实");
        WebElement commented = browser.visible(cell(RETURN_CELL));
        assertThat(commented.getAttribute("class")).contains("jx-cell-commented");
        assertThat(commented.findElements(By.cssSelector(".jx-comment-flag"))).hasSize(1);
        browser.hover(commented);
        WebElement tip = browser.visible(By.cssSelector(".jx-tip .ant-tooltip-inner"));
        browser.until(d -> tip.getText().contains(CELL_COMMENT));
        assertThat(tip.getText()).contains("批注");
        browser.screenshot("correct-sees-comment");
        browser.retype(commented.findElement(By.cssSelector("textarea")), "72.10万人次");
        browser.decide("btn-submit", "已核实，按时间进度折算", null);
        assertThat(status(id)).as("a correction passes the unit again (correction.viaUnitHead)").isEqualTo("UNIT_REVIEW");
        assertThat(form(id).path("form").path("indicators").get(1).path("actual").asText()).isEqualTo("72.10万人次");

        // the unit head re-seals it: back to the reviewer who returned it
        browser.loginAs("ks_head");
        browser.openFromInbox(project);
        browser.decide("btn-approve", "已核实", null);
        assertThat(status(id)).isEqualTo("PREFECTURE_REVIEW");

        // the reviewer approves, the leader signs
        browser.loginAs("ks_reviewer");
        browser.openFromInbox(project);
        browser.decide("btn-approve", "已核实", null);
        assertThat(status(id)).isEqualTo("SIGN_OFF");

        browser.loginAs("ks_leader");
        browser.openFromInbox(project);
        // the step bar: the form's own line, at 领导签发 (a rectification's tasks are not places on it)
        assertThat(browser.text(By.cssSelector("[data-testid=process-steps] .ant-steps-item-process .ant-steps-item-title")))
                .isEqualTo("领导签发");
        assertThat(browser.text(By.cssSelector("[data-testid=process-steps]"))).doesNotContain("整改");
        browser.decide("btn-sign", "已核实", null);

        browser.load("/forms/" + id);
        browser.until(d -> d.findElement(By.cssSelector("[data-test=form-status]")).getText().trim().equals("已签发"));
        browser.screenshot("signed");
        JsonNode signed = form(id);
        assertThat(signed.path("status").asText()).isEqualTo("SIGNED");
        assertThat(signed.path("signedBy").asText()).isEqualTo("ks_leader");
        List<String> actions = new java.util.ArrayList<>();
        ApiClient.loggedIn(port, "ks_filer").get("/api/forms/" + id + "/history").json()
                .forEach(h -> actions.add(h.path("action").asText()));
        assertThat(actions).containsExactly("CREATE", "SUBMIT", "APPROVE", "RETURN", "SUBMIT", "APPROVE", "APPROVE", "SIGN");
    }

    @Test
    void anExecutedAmountAboveTheArrivedOneIsMarkedOnItsCell() throws Exception {
        String project = "浏览器测试 校验 " + System.nanoTime();
        createMonitoringForm(project);
        browser.loginAs("ks_filer");
        browser.openFromInbox(project);
        By executed = cell("budget.executed.total");
        assertThat(browser.visible(executed).getAttribute("class")).doesNotContain("jx-cell-error");

        // 到位数 is 113,950.23 万元 in the real table
        browser.retype(browser.visible(executed).findElement(By.cssSelector("input")), "123456.78");
        browser.until(d -> d.findElement(executed).getAttribute("class").contains("jx-cell-error"));
        browser.hover(browser.driver.findElement(executed).findElement(By.cssSelector("input")));
        WebElement tip = browser.visible(By.cssSelector(".jx-tip .ant-tooltip-inner"));
        browser.until(d -> tip.getText().contains("超过到位数"));
        assertThat(tip.getText()).contains("执行数 123456.78").contains("超过到位数 113950.23");
        // the arrived cell itself is not blamed, and the summary list has the finding too
        assertThat(browser.driver.findElement(cell("budget.arrived.total")).getAttribute("class")).doesNotContain("jx-cell-error");
        browser.until(d -> d.findElement(By.cssSelector(".jx-form-side")).getText().contains("超过到位数"));
        browser.screenshot("finding-on-cell");
    }

    @Test
    void theDashboardDrawsItsChartForTheLeader() throws Exception {
        createMonitoringForm("浏览器测试 看板 " + System.nanoTime()); // so 2020 has at least one form
        browser.loginAs("ks_leader");
        browser.load("/dashboard?year=2020&type=MONITORING");
        browser.visible(By.cssSelector("[data-testid=dashboard-matrix]"));
        WebElement canvas = browser.visible(By.cssSelector("[data-testid=chart-status] canvas"));
        browser.until(d -> ((Number) browser.js("return arguments[0].width * arguments[0].height;", canvas)).longValue() > 0);
        assertThat(canvas.getSize().getWidth()).isPositive();
        assertThat(canvas.getSize().getHeight()).isPositive();
        // the chart drew something: some pixel of the canvas is not transparent
        Boolean painted = (Boolean) browser.js("const c = arguments[0]; const d = c.getContext('2d')"
                + ".getImageData(0, 0, c.width, c.height).data; for (let i = 3; i < d.length; i += 4) { if (d[i]) return true; } return false;", canvas);
        assertThat(painted).isTrue();
        browser.screenshot("dashboard");
    }

    // ------------------------------------------------------------------ helpers

    private static By cell(String path) {
        return By.cssSelector(".jx-cell[data-path='" + path + "']");
    }

    private long createMonitoringForm(String project) throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(Fixtures.read(Fixtures.MONITORING_MEDICAL));
        doc.put("project", project);
        Response created = ApiClient.loggedIn(port, "ks_filer").post("/api/forms", doc.toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private JsonNode form(long id) {
        return ApiClient.loggedIn(port, "ks_filer").get("/api/forms/" + id).json();
    }

    private String status(long id) {
        return form(id).path("status").asText();
    }
}
