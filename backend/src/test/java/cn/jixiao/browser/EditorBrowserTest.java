package cn.jixiao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.Browser;
import cn.jixiao.support.FormActions;
import cn.jixiao.support.H2Test;
import cn.jixiao.support.InChromium;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first hour of real users in the form editor (#18): the tooltip of a cell with a finding does not cover its
 * dropdown; a new 一级指标 never picks a 二级指标 silently; a table pasted from Word/Excel fills the 一级/二级 of
 * merged cells down; autosaves keep no versions; a 2020 table entered today is not "逾期2245天"; 填表说明 beside the
 * fields and a link from each finding to its rule.
 */
@H2Test
@InChromium
class EditorBrowserTest {

    @LocalServerPort
    int port;

    private Browser browser;

    @Test
    void anOptionOfACellWithAFindingCanBeClickedDespiteItsTooltip() {
        String project = "浏览器测试 下拉与提示 " + System.nanoTime();
        ObjectNode doc = FormActions.monitoringDocument(project);
        ((ObjectNode) doc.path("indicators").get(9)).put("level2", "数量指标"); // not a 满意度指标: a finding on the cell
        long id = FormActions.create(filer(), doc);
        open(id);
        By level2 = cell("indicators[9].level2");
        browser.until(d -> d.findElement(level2).getAttribute("class").matches(".*jx-cell-(warning|error).*"));
        WebElement select = browser.driver.findElement(level2).findElement(By.cssSelector(".ant-select-selector"));
        // at the bottom of the window the dropdown opens upwards, where the cell's tooltip is (topLeft)
        browser.js("arguments[0].scrollIntoView({block: 'end'});", select);
        new Actions(browser.driver).moveToElement(select).perform();
        browser.visible(By.cssSelector(".jx-tip .ant-tooltip-inner"));
        select.click();
        WebElement option = browser.visible(By.xpath("//div[contains(@class,'ant-select-dropdown') and not(contains(@class,'hidden'))]"
                + "//div[contains(@class,'ant-select-item-option')][@title='服务对象满意度指标']"));
        assertThat(option.getRect().getY()).as("the dropdown opened above the cell").isLessThan(select.getRect().getY());
        browser.screenshot("dropdown-open-on-finding");
        option.click(); // with the tooltip over it, chromium would refuse: another element receives the click
        browser.until(d -> "服务对象满意度指标".equals(selected(level2)));
        browser.until(d -> !d.findElement(level2).getAttribute("class").matches(".*jx-cell-(warning|error).*"));
    }

    @Test
    void aNewLevel1ClearsALevel2ThatDoesNotBelongToItInsteadOfPickingOne() {
        long id = FormActions.create(filer(), FormActions.monitoringDocument("浏览器测试 一级指标 " + System.nanoTime()));
        open(id);
        By level1 = cell("indicators[2].level1");
        By level2 = cell("indicators[2].level2");
        assertThat(selected(level2)).isEqualTo("质量指标");
        pick(level1, "效益指标");
        browser.until(d -> selected(level2) == null);
        // flagged, not filled in: the finding for the empty 二级指标 lands on its cell
        browser.until(d -> d.findElement(level2).getAttribute("class").matches(".*jx-cell-(missing|error).*"));
        browser.screenshot("level2-cleared");
        pick(level2, "社会效益指标");
        pick(level1, "效益指标"); // the same level again: the valid 二级指标 stays
        assertThat(selected(level2)).isEqualTo("社会效益指标");
    }

    @Test
    void aTablePastedFromExcelFillsTheMergedLevelsDown() {
        long id = FormActions.create(filer(), FormActions.monitoringDocument("浏览器测试 粘贴 " + System.nanoTime()));
        open(id);
        // what Excel puts on the clipboard for a block with merged 一级/二级 cells: blank continuation cells
        String tsv = "产出指标\t数量指标\t参保人数\t≥95万人\n"
                + "\t\t享受待遇人次\t≥70万人次\n"
                + "\t质量指标\t报销比例\t≥75%\n"
                + "效益指标\t社会效益指标\t基金结余合理\t合理\n"
                + "\t\t违规使用基金\t无\n";
        paste(cell("indicators[0].level1"), tsv, null);
        List<String[]> expected = List.of(
                new String[] {"产出指标", "数量指标", "参保人数"}, new String[] {"产出指标", "数量指标", "享受待遇人次"},
                new String[] {"产出指标", "质量指标", "报销比例"}, new String[] {"效益指标", "社会效益指标", "基金结余合理"},
                new String[] {"效益指标", "社会效益指标", "违规使用基金"});
        for (int i = 0; i < expected.size(); i++) {
            int row = i;
            browser.until(d -> expected.get(row)[2].equals(textOf(cell("indicators[" + row + "].name"))));
            assertThat(selected(cell("indicators[" + i + "].level1"))).as("row " + i).isEqualTo(expected.get(i)[0]);
            assertThat(selected(cell("indicators[" + i + "].level2"))).as("row " + i).isEqualTo(expected.get(i)[1]);
        }
        browser.screenshotsAtBothSizes("pasted-tsv", null);

        // Word/Excel's HTML with rowspan, pasted over rows 5–7
        String html = "<table><tr><td rowspan=\"2\">满意度指标</td><td rowspan=\"2\">服务对象满意度指标</td><td>参保人满意度</td><td>≥90%</td></tr>"
                + "<tr><td>经办满意度</td><td>≥85%</td></tr></table>";
        paste(cell("indicators[5].level1"), "满意度指标\t服务对象满意度指标\t参保人满意度\t≥90%\n\t\t经办满意度\t≥85%\n", html);
        browser.until(d -> "经办满意度".equals(textOf(cell("indicators[6].name"))));
        assertThat(selected(cell("indicators[6].level1"))).isEqualTo("满意度指标");
        assertThat(selected(cell("indicators[6].level2"))).isEqualTo("服务对象满意度指标");
    }

    @Test
    void autosavesKeepTheWorkingCopyWithoutMakingVersions() {
        long id = FormActions.create(filer(), FormActions.monitoringDocument("浏览器测试 自动保存 " + System.nanoTime()));
        int versions = versions(id);
        open(id);
        WebElement actual = browser.visible(cell("indicators[1].actual")).findElement(By.cssSelector("textarea"));
        browser.retype(actual, "71.00万人次");
        browser.until(d -> d.findElement(By.tagName("body")).getText().contains("已自动保存"));
        browser.retype(actual, "72.00万人次");
        browser.until(d -> "72.00万人次".equals(formOf(id).path("form").path("indicators").get(1).path("actual").asText()));
        assertThat(versions(id)).as("versions after two autosaves").isEqualTo(versions);

        browser.retype(actual, "73.00万人次");
        browser.click(By.cssSelector("[data-testid=btn-save]"));
        browser.until(d -> versions(id) == versions + 1);
        assertThat(formOf(id).path("form").path("indicators").get(1).path("actual").asText()).isEqualTo("73.00万人次");
    }

    @Test
    void aTableEnteredAfterItsDueDateIsOverdueOnceNotForYears() {
        String project = "浏览器测试 逾期 " + System.nanoTime();
        long id = FormActions.create(filer(), FormActions.monitoringDocument(project)); // 2020年9月, due 2020-10-10
        browser.loginAs("ks_filer");
        WebElement row = browser.visible(By.xpath("//*[@data-testid='inbox-table']//tr[.//a[@title='" + project + "']]"));
        assertThat(row.getText()).contains("已逾期").doesNotContainPattern("逾期\\d{3,}天");
        open(id);
        String header = browser.text(By.cssSelector(".jx-task-info.jx-overdue"));
        assertThat(header).contains("已逾期").doesNotContainPattern("逾期\\d+天");
        browser.screenshotsAtBothSizes("overdue-once", null);
    }

    @Test
    void theEditorShowsTheFillingNotesAndEachFindingLinksToItsRule() {
        long id = FormActions.create(filer(), FormActions.monitoringDocument("浏览器测试 说明 " + System.nanoTime()));
        open(id);
        assertThat(browser.text(By.cssSelector("[data-testid=filling-notes-budget]"))).contains("填表说明").contains("万元");
        assertThat(browser.text(By.cssSelector("[data-testid=filling-notes-indicators]"))).contains("未达监控节点");
        WebElement link = browser.visible(By.cssSelector(".jx-form-side [data-testid=finding-rule]"));
        String href = link.getAttribute("href");
        assertThat(href).contains("#/rules/");
        String code = href.substring(href.indexOf("#/rules/") + "#/rules/".length());
        browser.load("/rules/" + code);
        WebElement heading = browser.visible(By.id(code));
        assertThat(heading.getText()).startsWith(code);
        browser.until(d -> (Boolean) browser.js("const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight;", heading));
        browser.screenshotsAtBothSizes("rules-page", null);
    }

    @Test
    void theWarningsDialogSaysWhatTheServerRequires() {
        // the filer: every warning needs a note, and each field says so
        long draft = FormActions.create(filer(), FormActions.monitoringDocument("浏览器测试 警告说明 " + System.nanoTime()));
        open(draft);
        browser.click(By.cssSelector("[data-testid=btn-submit]"));
        assertThat(browser.text(By.cssSelector(".jx-decision-dialog [data-testid=warnings-rule]"))).contains("需要逐项填写说明");
        assertThat(browser.all(By.cssSelector(".jx-decision-dialog .jx-ack-item textarea")))
                .isNotEmpty().allSatisfy(t -> assertThat(t.getAttribute("placeholder")).contains("必填"));
        browser.screenshot("submit-warnings");

        // the unit head, after the filer explained them all: notes are optional, and the dialog says that too
        long submitted = FormActions.create(filer(), FormActions.monitoringDocument("浏览器测试 已说明 " + System.nanoTime()));
        assertThat(FormActions.submit(filer(), submitted, "draft").status()).isEqualTo(200);
        browser.loginAs("ks_head");
        browser.load("/forms/" + submitted);
        browser.click(By.cssSelector("[data-testid=btn-approve]"));
        assertThat(browser.text(By.cssSelector(".jx-decision-dialog [data-testid=warnings-rule]"))).contains("填报人均已说明")
                .doesNotContain("需要逐项");
        assertThat(browser.all(By.cssSelector(".jx-decision-dialog .jx-ack-item textarea")))
                .isNotEmpty().allSatisfy(t -> assertThat(t.getAttribute("placeholder")).contains("可不填"));
        browser.screenshotsAtBothSizes("approve-warnings", null);
    }

    @Test
    void theFormListFindsFormsByKeywordAndUnitWithinTheScope() {
        String word = "浏览器检索" + System.nanoTime();
        FormActions.create(filer(), FormActions.monitoringDocument(word + " 职工医疗"));
        FormActions.create(ApiClient.loggedIn(port, "hj_filer"), FormActions.monitoringDocument(word + " 和静"));
        browser.loginAs("ks_reviewer");
        browser.load("/inbox?tab=forms");
        browser.waitForTableLoaded();
        WebElement search = browser.visible(By.cssSelector("input[data-testid=forms-search], [data-testid=forms-search] input"));
        search.sendKeys(word, Keys.ENTER);
        browser.until(d -> d.findElements(By.cssSelector("[data-testid=inbox-table] tbody tr.ant-table-row")).size() == 1);
        assertThat(browser.text(By.cssSelector("[data-testid=inbox-table] tbody"))).contains(word + " 职工医疗").doesNotContain("和静");
        browser.visible(By.cssSelector("[data-testid=forms-unit]")); // 喀什地区 has many units to choose from
        browser.screenshotsAtBothSizes("forms-search", null);
    }

    @Test
    void theSettingsAndTheAuditLogShowChineseNames() {
        browser.logIn("admin", "demo1234", "#/inbox");
        browser.load("/admin/settings");
        assertThat(settled("[data-testid=setting-label]", "textContent")).contains("监控表偏差阈值", "到期前提醒天数")
                .noneMatch(t -> t.matches("[a-zA-Z.]+"));
        browser.screenshotsAtBothSizes("settings", null);

        browser.logIn("auditor", "demo1234", "#/admin/audit");
        browser.click(By.cssSelector("[data-testid=audit-filters] .ant-select-selector"));
        assertThat(settled(".ant-select-dropdown .ant-select-item-option", "title")).contains("导出表单")
                .noneMatch(t -> t.matches(".*[A-Z_]{4,}.*"));
        browser.screenshotsAtBothSizes("audit", null);
    }

    // ------------------------------------------------------------------ helpers

    /**
     * A property of every element the selector finds, read in one script once there are any: the list re-renders
     * while it opens, so elements found in one call may be gone by the next.
     */
    @SuppressWarnings("unchecked")
    private List<String> settled(String selector, String property) {
        return browser.until(d -> {
            List<String> values = (List<String>) browser.js("return [...document.querySelectorAll(arguments[0])]"
                    + ".map(e => String(e[arguments[1]]).trim());", selector, property);
            return values.isEmpty() ? null : values;
        });
    }

    private ApiClient filer() {
        return ApiClient.loggedIn(port, "ks_filer");
    }

    private void open(long id) {
        if (!browser.driver.getCurrentUrl().contains("#/")) {
            browser.loginAs("ks_filer");
        }
        browser.load("/forms/" + id);
        browser.visible(By.cssSelector("[data-test=form-status]"));
        browser.visible(cell("indicators[0].level1"));
    }

    private static By cell(String path) {
        return By.cssSelector(".jx-cell[data-path='" + path + "']");
    }

    /** The option a select cell shows, null when it is empty. */
    private String selected(By cell) {
        List<WebElement> item = browser.driver.findElement(cell).findElements(By.cssSelector(".ant-select-selection-item"));
        return item.isEmpty() ? null : item.get(0).getAttribute("title");
    }

    private String textOf(By cell) {
        List<WebElement> input = browser.driver.findElement(cell).findElements(By.cssSelector("textarea, input"));
        return input.isEmpty() ? null : input.get(0).getAttribute("value");
    }

    private void pick(By cell, String option) {
        WebElement select = browser.driver.findElement(cell).findElement(By.cssSelector(".ant-select-selector"));
        browser.scrollIntoView(select);
        select.click();
        browser.visible(By.xpath("//div[contains(@class,'ant-select-dropdown') and not(contains(@class,'hidden'))]"
                + "//div[contains(@class,'ant-select-item-option')][@title='" + option + "']")).click();
        browser.until(d -> d.findElements(By.cssSelector(".ant-select-dropdown:not(.ant-select-dropdown-hidden)")).isEmpty()
                || option.equals(selected(cell)));
    }

    /** A paste event as the browser fires it for a copy from Excel/Word: text/plain (TSV) and maybe text/html. */
    private void paste(By cell, String tsv, String html) {
        WebElement target = browser.driver.findElement(cell).findElement(By.cssSelector("input, .ant-select-selector"));
        browser.scrollIntoView(target);
        browser.js("const dt = new DataTransfer(); dt.setData('text/plain', arguments[1]);"
                + "if (arguments[2]) dt.setData('text/html', arguments[2]);"
                + "arguments[0].dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));",
                target, tsv, html);
    }

    private JsonNode formOf(long id) {
        return filer().get("/api/forms/" + id).json();
    }

    private int versions(long id) {
        return filer().get("/api/forms/" + id + "/versions").json().size();
    }
}
