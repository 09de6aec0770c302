package cn.jixiao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.Fixtures;
import cn.jixiao.support.FormActions;
import cn.jixiao.support.Browser;
import cn.jixiao.support.H2Test;
import cn.jixiao.support.InChromium;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A filing campaign in the browser: the reviewer issues it, a filer starts an item from 待填报 and finds the
 * draft pre-filled from the signed target, the reviewer sees 未报 shrink and downloads the 汇总表. Screenshots at
 * 1366×768 and 390×844 (target/screenshots/campaign-*; copied to docs/screenshots/15/).
 */
@H2Test
@InChromium
class CampaignBrowserTest {

    /** The first year the web app offers (next year): no other test files for it. */
    private static final int YEAR = java.time.LocalDate.now().getYear() + 1;

    @LocalServerPort
    int port;

    private Browser browser;

    @Test
    void aReviewerIssuesAFilerStartsFromTheSignedTargetAndTheReviewerSeesNotStartedShrink() throws Exception {
        String project = signedTarget();

        browser.loginAs("admin");
        browser.load("/admin/unit-funds");
        browser.visible(By.cssSelector("[data-testid=unit-funds-table] tbody tr.ant-table-row"));
        browser.screenshotsAtBothSizes("unit-funds", null);

        // the reviewer issues this year's 9月 monitoring to every unit with its registered funds
        browser.loginAs("ks_reviewer");
        browser.click(By.xpath("//nav[contains(@class,'jx-nav')]/a[text()='填报任务']"));
        browser.click(By.cssSelector("[data-testid=btn-issue]"));
        WebElement dialog = browser.visible(By.cssSelector(".ant-modal"));
        choose("issue-type", "绩效监控情况表");
        choose("issue-year", YEAR + "年");
        choose("issue-month", "9月");
        WebElement due = dialog.findElement(By.cssSelector(".ant-picker input"));
        due.click();
        due.sendKeys(YEAR + "-10-10");
        due.sendKeys(Keys.ENTER);
        browser.screenshot("issue-dialog");
        browser.click(By.cssSelector(".ant-modal .ant-modal-footer .ant-btn-primary"));
        browser.until(ExpectedConditions.urlMatches("#/campaigns/\\d+"));
        String campaign = browser.driver.getCurrentUrl().replaceAll(".*#/campaigns/(\\d+).*", "$1");
        int before = notStarted();
        assertThat(before).isGreaterThan(10);
        browser.screenshotsAtBothSizes("campaign-issued", null);

        // the filer: 待填报 at the top of the inbox, 开始填报 opens the draft with the signed target's content
        browser.loginAs("ksyb2_filer");
        browser.visible(By.cssSelector("[data-testid=pending-EMPLOYEE_MEDICAL]"));
        browser.screenshotsAtBothSizes("inbox-pending", null);
        browser.click(By.cssSelector("[data-testid=start-EMPLOYEE_MEDICAL]"));
        browser.until(ExpectedConditions.urlMatches("#/forms/\\d+"));
        browser.visible(By.cssSelector("[data-test=form-status]"));
        browser.until(d -> Boolean.TRUE.equals(browser.js(
                "return [...document.querySelectorAll('input, textarea')].some(e => e.value === arguments[0])"
                        + " || document.body.innerText.includes(arguments[0]);", project)));
        assertThat(browser.driver.getPageSource()).contains("参保人数").contains("≥40.31万人");
        browser.screenshotsAtBothSizes("draft-prefilled", null);

        // the reviewer: one 未报 fewer, and the 汇总表
        browser.loginAs("ks_reviewer");
        browser.click(By.xpath("//nav[contains(@class,'jx-nav')]/a[text()='填报任务']"));
        browser.visible(By.cssSelector("[data-testid=campaigns-table] tr.ant-table-row"));
        browser.screenshotsAtBothSizes("campaigns", null);
        browser.load("/campaigns/" + campaign);
        assertThat(notStarted()).isEqualTo(before - 1);
        Path downloads = Files.createTempDirectory("jixiao-downloads-");
        browser.driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        browser.click(By.cssSelector("[data-testid=btn-export-summary]"));
        browser.until(d -> {
            File[] files = downloads.toFile().listFiles((dir, name) -> name.endsWith(".xlsx"));
            return files != null && files.length == 1 && files[0].length() > 0 ? files[0] : null;
        });
        File[] files = downloads.toFile().listFiles((dir, name) -> name.endsWith(".xlsx"));
        assertThat(files[0].getName()).startsWith("汇总表-喀什地区 " + YEAR + "年9月");
        browser.screenshotsAtBothSizes("campaign-after", null);

        browser.load("/dashboard?year=" + YEAR + "&type=MONITORING&monitorMonth=9");
        browser.visible(By.cssSelector("[data-testid=dashboard-matrix]"));
        assertThat(Integer.parseInt(browser.text(By.cssSelector("[data-testid=kpi-not-started]")))).isEqualTo(before - 1);
        browser.screenshotsAtBothSizes("dashboard-not-started", null);
    }

    /** The number on the 未报 tag of the campaign page. */
    private int notStarted() {
        String text = browser.text(By.cssSelector("[data-testid=count-NOT_STARTED]"));
        return Integer.parseInt(text.replaceAll("\\D", ""));
    }

    private void choose(String testId, String option) {
        browser.click(By.cssSelector("[data-testid=" + testId + "] .ant-select-selector, .ant-select[data-testid="
                + testId + "] .ant-select-selector"));
        browser.click(By.cssSelector(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title='"
                + option + "']"));
    }


    /** The Kashgar 职工医疗 target of {@link #YEAR} (地区医保局本级), signed through the API; its project name. */
    private String signedTarget() throws Exception {
        ObjectNode doc = (ObjectNode) new ObjectMapper().readTree(Fixtures.read(Fixtures.TARGET_MEDICAL));
        doc.put("year", YEAR);
        ApiClient filer = ApiClient.loggedIn(port, "ksyb2_filer");
        long id = FormActions.create(filer, doc);
        assertThat(FormActions.submit(filer, id, "draft").status()).isEqualTo(200);
        complete("ksyb2_head", id, "unitReview", "APPROVE");
        complete("ks_reviewer", id, "prefectureReview", "APPROVE");
        complete("ks_leader", id, "signOff", "SIGN");
        return doc.path("project").asText();
    }

    private void complete(String who, long id, String task, String decision) {
        ApiClient client = ApiClient.loggedIn(port, who);
        Response r = client.post("/api/tasks/" + FormActions.openTask(client, id, task) + "/complete",
                "{\"decision\":\"" + decision + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }
}
