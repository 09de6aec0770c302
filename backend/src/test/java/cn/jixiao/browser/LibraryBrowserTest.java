package cn.jixiao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.Browser;
import cn.jixiao.support.Fixtures;
import cn.jixiao.support.FormActions;
import cn.jixiao.support.H2Test;
import cn.jixiao.support.InChromium;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 18 in the browser: a filer typing an indicator name is offered the prefecture's 指标库 and choosing an
 * entry fills its 一级/二级指标; the reviewers' 指标库 page; the 自评表's per-row 得分; printing shows the form only.
 * Screenshots at 1366×768 and 390×844 (target/screenshots/library-*).
 */
@H2Test
@InChromium
class LibraryBrowserTest {

    @LocalServerPort
    int port;

    private Browser browser;

    @Test
    void choosingASuggestionFillsTheLevelsOfTheRow() throws Exception {
        String name = "困难群体代缴覆盖率" + System.nanoTime();
        Response added = ApiClient.loggedIn(port, "ks_reviewer").post("/api/indicator-library",
                "{\"name\":\"" + name + "\",\"level1\":\"效益指标\",\"level2\":\"社会效益指标\",\"unit\":\"%\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long id = FormActions.create(ApiClient.loggedIn(port, "ks_filer"), FormActions.monitoringDocument("指标库建议 " + name));

        browser.loginAs("ks_filer");
        browser.load("/forms/" + id);
        WebElement nameCell = browser.visible(By.cssSelector(
                "td[data-r='0'] [data-testid=indicator-name-autocomplete] textarea"));
        browser.retype(nameCell, "困难群体代缴");
        browser.visible(By.cssSelector("[data-testid=library-option-" + added.json().path("id").asLong() + "]"));
        browser.screenshotsAtBothSizes("library-suggestion", null);
        browser.size(Browser.DESKTOP);
        browser.click(By.cssSelector("[data-testid=library-option-" + added.json().path("id").asLong() + "]"));

        browser.until(d -> name.equals(nameCell.getAttribute("value")));
        assertThat(selected(0, 0)).isEqualTo("效益指标");
        assertThat(selected(0, 1)).isEqualTo("社会效益指标");
        browser.screenshot("library-chosen");

        // the reviewers keep the library on a page of their own
        browser.loginAs("ks_reviewer");
        browser.click(By.xpath("//nav[contains(@class,'jx-nav')]/a[text()='指标库']"));
        browser.retype(browser.visible(By.cssSelector("[data-testid=library-search] input")), "困难群体代缴");
        browser.click(By.cssSelector("[data-testid=library-search] .ant-input-search-button"));
        browser.until(d -> browser.text(By.cssSelector("[data-testid=library-table]")).contains(name));
        browser.screenshotsAtBothSizes("library-page", null);
    }

    @Test
    void theSelfEvaluationShowsEachRowsScoreAndPrintsOnlyTheForm() throws Exception {
        ObjectNode doc = (ObjectNode) new ObjectMapper().readTree(Fixtures.read(Fixtures.EVALUATION_PENSION));
        doc.put("project", "得分打印 " + System.nanoTime());
        long id = FormActions.create(ApiClient.loggedIn(port, "ks_filer"), doc);

        browser.loginAs("ks_filer");
        browser.load("/forms/" + id);
        browser.until(d -> !browser.text(By.cssSelector("[data-testid=score-0]")).equals("—"));
        assertThat(browser.text(By.cssSelector("[data-testid=score-0]"))).matches("\\d+(\\.\\d+)?");
        browser.screenshotsAtBothSizes("evaluation-scores", null);

        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.js("return getComputedStyle(document.querySelector('.jx-header')).display")).isEqualTo("none");
            assertThat(browser.js("return getComputedStyle(document.querySelector('.jx-form-side')).display")).isEqualTo("none");
            assertThat(browser.js("return getComputedStyle(document.querySelector('[data-testid=btn-print]')).display"))
                    .isEqualTo("none");
            assertThat(browser.js("return getComputedStyle(document.querySelector('[data-testid=indicator-table]')).display"))
                    .isNotEqualTo("none");
            browser.screenshot("print-view");
        } finally {
            browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    /** The text a level select of the indicator row shows. */
    private String selected(int row, int col) {
        return browser.text(By.cssSelector("td[data-r='" + row + "'][data-c='" + col + "'] .ant-select-selection-item"));
    }
}
