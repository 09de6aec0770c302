package cn.jixiao.export;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.Fixtures;
import cn.jixiao.support.H2Test;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The export, template and import endpoints over HTTP, with scoping. */
@H2Test
class ExportApiTest {

    @LocalServerPort
    int port;

    long createdBy(ApiClient filer, String project) throws Exception {
        ObjectNode doc = (ObjectNode) new ObjectMapper().readTree(Fixtures.read(Fixtures.MONITORING_PENSION));
        doc.put("project", project);
        Response created = filer.post("/api/forms", doc.toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    @Test
    void aFormExportsAsTheOfficialTableAndImportsBackAsADraft() throws Exception {
        ApiClient filer = ApiClient.loggedIn(port, "ks_filer");
        String project = "导出测试 " + System.nanoTime();
        long id = createdBy(filer, project);

        HttpResponse<byte[]> xlsx = filer.download("/api/forms/" + id + "/export?format=xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition")).get().asString().contains("attachment");
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("附件1");
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).contains("绩效监控情况表");
        }

        Response imported = filer.upload("/api/forms/import", "file", "监控表.xlsx", xlsx.body());
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().path("status").asText()).isEqualTo("DRAFT");
        assertThat(imported.json().path("form").path("project").asText()).isEqualTo(project);
        assertThat(imported.json().path("id").asLong()).isNotEqualTo(id);
    }

    @Test
    void aPdfAndABulkWorkbookComeOut() throws Exception {
        ApiClient filer = ApiClient.loggedIn(port, "ksyb_filer");
        long id = createdBy(filer, "PDF测试 " + System.nanoTime());

        HttpResponse<byte[]> pdf = filer.download("/api/forms/" + id + "/export?format=pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");

        HttpResponse<byte[]> bulk = ApiClient.loggedIn(port, "ks_reviewer").download("/api/forms/export?year=2020&format=xlsx");
        assertThat(bulk.statusCode()).isEqualTo(200);
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bulk.body()))) {
            assertThat(book.getNumberOfSheets()).isGreaterThanOrEqualTo(2);
        }
        assertThat(filer.download("/api/forms/" + id + "/export?format=doc").statusCode()).isEqualTo(400);
    }

    @Test
    void nobodyOutsideTheScopeExportsIt() throws Exception {
        long id = createdBy(ApiClient.loggedIn(port, "ks_filer"), "范围导出 " + System.nanoTime());

        assertThat(ApiClient.loggedIn(port, "hj_filer").download("/api/forms/" + id + "/export?format=xlsx").statusCode())
                .isEqualTo(404);
        assertThat(ApiClient.loggedIn(port, "bz_reviewer").download("/api/forms/" + id + "/export?format=pdf").statusCode())
                .isEqualTo(404);
    }

    @Test
    void templatesAndBadUploads() {
        ApiClient filer = ApiClient.loggedIn(port, "ks_filer");
        HttpResponse<byte[]> template = filer.download("/api/templates/EVALUATION.xlsx");
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.body().length).isGreaterThan(1000);
        assertThat(filer.download("/api/templates/BUDGET.xlsx").statusCode()).isEqualTo(404);

        Response garbage = filer.upload("/api/forms/import", "file", "x.xlsx", "not a workbook".getBytes());
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.json().path("error").asText()).isEqualTo("IMPORT_FAILED");
    }
}
