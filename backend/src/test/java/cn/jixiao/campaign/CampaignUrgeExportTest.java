package cn.jixiao.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.AtOnce;
import cn.jixiao.support.H2Test;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/** 催办 at most once a day per unit, audited; the 汇总表 with a row per item and a sheet per submitted form. */
@H2Test
class CampaignUrgeExportTest extends CampaignTestBase {

    @Test
    void urgingNotifiesTheFilersAndHeadsOfEveryUnitBehindOnceADay() {
        ApiClient reviewer = as("ks_reviewer");
        long id = issue(reviewer, campaign("TARGET", 2091, null, "2091-01-31")).path("id").asLong();
        long city = orgId("653101-02");
        Response chosen = reviewer.post("/api/campaigns/" + id + "/urge", json(Map.of("unitIds", List.of(city))));
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
        assertThat(chosen.json().path("notified").asInt()).isEqualTo(2); // ksyb_filer, ksyb_head
        assertThat(chosen.json().path("units").get(0).path("unit").asText()).isEqualTo("喀什市医疗保障局");
        assertThat(as("ksyb_head").get("/api/notifications").body()).contains("【催办】《喀什地区 2091年 绩效目标表 填报任务》");
        assertThat(item(reviewer, id, city, "EMPLOYEE_MEDICAL").path("urgedAt").isNull()).isFalse();

        Response all = as("ks_leader").post("/api/campaigns/" + id + "/urge", "");
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.json().path("skipped").toString()).contains("喀什市医疗保障局").contains("urgedAt");
        assertThat(all.json().path("units").toString()).contains("喀什市社会保险中心").doesNotContain("喀什市医疗保障局");
        assertThat(as("ks_filer").get("/api/notifications").body()).contains("【催办】");

        Response again = reviewer.post("/api/campaigns/" + id + "/urge", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("message").asText()).contains("24 小时内已催办过");
        assertThat(as("auditor").get("/api/admin/audit?action=CAMPAIGN_URGE&size=200").body())
                .contains("催办《喀什地区 2091年 绩效目标表 填报任务》：喀什市医疗保障局");
    }

    @Test
    void whoMayUrgeAndTwoUrgingAtOnce() {
        long id = issue(as("ks_reviewer"), campaign("TARGET", 2092, null, "2092-01-31")).path("id").asLong();
        assertThat(as("ks_filer").post("/api/campaigns/" + id + "/urge", "").status()).isEqualTo(403);
        assertThat(as("bz_reviewer").post("/api/campaigns/" + id + "/urge", "").status()).isEqualTo(404);
        assertThat(as("ks_reviewer").post("/api/campaigns/" + id + "/urge",
                json(Map.of("unitIds", List.of(orgId("652827-01"))))).status()).isEqualTo(404);
        ApiClient reviewer = as("ks_reviewer");
        ApiClient leader = as("ks_leader");
        List<Supplier<Integer>> urging = List.of(
                () -> reviewer.post("/api/campaigns/" + id + "/urge", "").status(),
                () -> leader.post("/api/campaigns/" + id + "/urge", "").status());
        assertThat(AtOnce.run(urging)).containsExactlyInAnyOrder(200, 409);
        reviewer.post("/api/campaigns/" + id + "/close", "");
        assertThat(reviewer.post("/api/campaigns/" + id + "/urge", "").json().path("message").asText())
                .contains("已关闭");
    }

    @Test
    void theSummaryHasARowPerItemAndASheetPerSubmittedForm() throws Exception {
        long target = signedTarget(2093);
        long id = issue(as("ks_reviewer"), campaign("TARGET", 2093, null, "2093-01-31")).path("id").asLong();
        long started = started(as("ks_filer"), id, orgId("653101-01"), "WORK_INJURY"); // a draft: a row, no sheet
        JsonNode view = as("ks_reviewer").get("/api/campaigns/" + id).json();
        assertThat(view.path("counts").path("SIGNED").asInt()).isEqualTo(1);

        HttpResponse<byte[]> file = as("ks_leader").download("/api/campaigns/" + id + "/export?format=xlsx");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("xlsx");
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(file.body()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            Sheet summary = wb.getSheet("汇总");
            assertThat(summary.getLastRowNum()).isEqualTo(view.path("items").size() + 1);
            List<String> signedRow = rowOf(summary, "喀什地区医疗保障局(本级)", "城镇职工基本医疗保险(含生育)");
            assertThat(signedRow.get(3)).isEqualTo("已签发");
            assertThat(signedRow.get(4)).isEqualTo("176526.05");
            assertThat(signedRow.get(13)).isEqualTo(String.valueOf(target));
            assertThat(signedRow.get(14)).isNotBlank();
            List<String> draftRow = rowOf(summary, "喀什市社会保险中心", "工伤保险");
            assertThat(draftRow.get(3)).isEqualTo("草稿");
            assertThat(draftRow.get(13)).isEqualTo(String.valueOf(started));
            assertThat(draftRow.get(14)).isBlank();
            assertThat(rowOf(summary, "喀什市社会保险中心", "失业保险").get(3)).isEqualTo("未报");
        }
        assertThat(as("ks_filer").download("/api/campaigns/" + id + "/export?format=xlsx").statusCode())
                .isEqualTo(403);
        assertThat(as("ks_reviewer").get("/api/campaigns/" + id + "/export?format=pdf").json().path("message")
                .asText()).contains("format");
        assertThat(as("bz_leader").download("/api/campaigns/" + id + "/export?format=xlsx").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theDashboardShowsTheItemsNobodyHasStartedAsNotStartedCells() {
        long id = issue(as("ks_reviewer"), campaign("EVALUATION", 2094, null, "2095-03-31")).path("id").asLong();
        int items = as("ks_reviewer").get("/api/campaigns/" + id).json().path("items").size();
        JsonNode before = as("ks_leader").get("/api/dashboard?year=2094&type=EVALUATION").json();
        assertThat(before.path("notStarted").asInt()).isEqualTo(items);
        JsonNode cell = null;
        for (JsonNode r : before.path("rows")) {
            if (r.path("unitId").asLong() == orgId("653101-01") && r.path("fund").asText().equals("WORK_INJURY")) {
                cell = r;
            }
        }
        assertThat(cell.path("status").asText()).isEqualTo("NOT_STARTED");
        assertThat(cell.path("formId").isNull()).isTrue();
        assertThat(cell.path("campaignId").asLong()).isEqualTo(id);

        started(as("ks_filer"), id, orgId("653101-01"), "WORK_INJURY");
        JsonNode after = as("ks_leader").get("/api/dashboard?year=2094&type=EVALUATION").json();
        assertThat(after.path("notStarted").asInt()).isEqualTo(items - 1);
        assertThat(after.path("rows").size()).isEqualTo(items);
        assertThat(as("bz_leader").get("/api/dashboard?year=2094&type=EVALUATION").json().path("notStarted").asInt())
                .isZero();
        assertThat(as("ks_leader").get("/api/dashboard?year=2094&type=TARGET").json().path("notStarted").asInt())
                .isZero();
    }

    private static List<String> rowOf(Sheet sheet, String unit, String fund) {
        DataFormatter f = new DataFormatter();
        for (Row r : sheet) {
            if (f.formatCellValue(r.getCell(1)).equals(unit) && f.formatCellValue(r.getCell(2)).equals(fund)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 15; c++) {
                    cells.add(f.formatCellValue(r.getCell(c)));
                }
                return cells;
            }
        }
        throw new AssertionError("no row " + unit + " " + fund);
    }
}
