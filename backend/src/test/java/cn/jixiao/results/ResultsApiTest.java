package cn.jixiao.results;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.form.FormApiTestBase;
import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.FormActions;
import cn.jixiao.support.H2Test;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Results application (结果应用): the leader records measures on signed forms; the year's list and workbook, scoped. */
@H2Test
class ResultsApiTest extends FormApiTestBase {

    long signed(String filer, String head, String project) {
        ApiClient f = as(filer);
        long id = createMonitoringForm(f, project);
        assertThat(submit(f, id, "draft").status()).isEqualTo(200);
        FormActions.approveAndSign(as(head), as("ks_reviewer"), as("ks_leader"), id);
        return id;
    }

    JsonNode row(JsonNode rows, long formId) {
        for (JsonNode r : rows) {
            if (r.path("formId").asLong() == formId) {
                return r;
            }
        }
        throw new AssertionError("form " + formId + " not in " + rows);
    }

    @Test
    void theLeaderRecordsMeasuresAndTheYearListShowsThemWithTheRectificationState() throws Exception {
        String project = "结果应用 " + System.nanoTime();
        long id = signed("ks_filer", "ks_head", project);
        ApiClient leader = as("ks_leader");

        Response praise = leader.post("/api/forms/" + id + "/applications", "{\"measure\":\"PRAISE\",\"note\":\"执行率高\"}");
        assertThat(praise.status()).as(praise.body()).isEqualTo(201);
        assertThat(praise.json().path("measureLabel").asText()).isEqualTo("表扬");
        Response cut = leader.post("/api/forms/" + id + "/applications", "{\"measure\":\"BUDGET_CUT\",\"amount\":12.5,\"note\":\"结余过大\"}");
        assertThat(cut.status()).as(cut.body()).isEqualTo(201);
        assertThat(cut.json().path("amount").decimalValue()).isEqualByComparingTo("12.50");

        assertThat(leader.post("/api/forms/" + id + "/applications", "{\"measure\":\"BUDGET_CUT\"}").status()).isEqualTo(400);
        assertThat(leader.post("/api/forms/" + id + "/applications", "{\"measure\":\"BUDGET_CUT\",\"amount\":-1}").status()).isEqualTo(400);
        assertThat(leader.post("/api/forms/" + id + "/applications", "{\"measure\":\"BUDGET_CUT\",\"amount\":1.005}").status()).isEqualTo(400);
        assertThat(leader.post("/api/forms/" + id + "/applications", "{\"measure\":\"PRAISE\",\"amount\":3}").status()).isEqualTo(400);
        assertThat(leader.post("/api/forms/" + id + "/applications", "{\"measure\":\"REWARD\"}").status()).isEqualTo(400);
        assertThat(as("ks_reviewer").post("/api/forms/" + id + "/applications", "{\"measure\":\"PRAISE\"}").status()).isEqualTo(403);
        assertThat(as("bz_leader").post("/api/forms/" + id + "/applications", "{\"measure\":\"PRAISE\"}").status()).isEqualTo(404);
        long draft = createMonitoringForm(as("ks_filer"), "未签发 " + System.nanoTime());
        assertThat(leader.post("/api/forms/" + draft + "/applications", "{\"measure\":\"PRAISE\"}").status()).isEqualTo(409);

        assertThat(as("ks_reviewer").post("/api/forms/" + id + "/rectifications",
                "{\"requirements\":\"整改\",\"due\":\"" + LocalDate.now().plusDays(9) + "\"}").status()).isEqualTo(201);

        JsonNode mine = row(leader.get("/api/results?year=2020&type=MONITORING").json(), id);
        assertThat(mine.path("unit").asText()).isEqualTo("喀什市社会保险中心");
        assertThat(mine.path("fundLabel").asText()).isNotBlank();
        assertThat(mine.path("measures")).hasSize(2);
        assertThat(mine.path("measures").get(1).path("measure").asText()).isEqualTo("BUDGET_CUT");
        assertThat(mine.path("rectificationStatus").asText()).isEqualTo("OPEN");
        assertThat(mine.path("rectificationLabel").asText()).isEqualTo("整改中");
        assertThat(mine.path("completion").isNumber()).isTrue();

        // scoped: the unit sees its own, another unit and another prefecture do not
        row(as("ks_filer").get("/api/results?year=2020").json(), id);
        assertThat(as("ksyb_filer").get("/api/results?year=2020").body()).doesNotContain("\"formId\":" + id + ",");
        assertThat(as("bz_leader").get("/api/results?year=2020").body()).doesNotContain("\"formId\":" + id + ",");
        assertThat(as("bz_leader").get("/api/forms/" + id + "/applications").status()).isEqualTo(404);
        assertThat(leader.get("/api/results").status()).isEqualTo(400);
        assertThat(leader.get("/api/results?year=2020&type=OTHER").status()).isEqualTo(400);
        assertThat(leader.get("/api/results/measures").json()).hasSize(5);

        HttpResponse<byte[]> xlsx = leader.download("/api/results?year=2020&format=xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow()).contains("filename*=UTF-8''");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("应用措施");
            boolean found = false;
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                if (project.equals(sheet.getRow(r).getCell(3).getStringCellValue())) {
                    assertThat(sheet.getRow(r).getCell(8).getStringCellValue()).isEqualTo("表扬、调减预算");
                    assertThat(sheet.getRow(r).getCell(9).getNumericCellValue()).isEqualTo(12.5);
                    assertThat(sheet.getRow(r).getCell(10).getStringCellValue()).isEqualTo("整改中");
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
    }
}
