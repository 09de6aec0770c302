package cn.jixiao.export;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.FormActions;
import cn.jixiao.support.H2Test;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A form taken through the real workflow and exported (issue 18): the people are printed under the names they
 * go by (display names, not login names) with the dates they acted, the unit's 主管部门 comes from the org data,
 * and the download is named for unit, project, period and table (RFC 5987 {@code filename*}).
 */
@H2Test
class SignedExportApiTest {

    /** A year of this class's own, so no other class's forms of the same unit and fund meet these. */
    private static final int YEAR = 2043;

    @LocalServerPort
    int port;

    ApiClient as(String user) {
        return ApiClient.loggedIn(port, user);
    }

    @Test
    void aSignedFormPrintsTheDisplayNamesDepartmentAndDatesUnderItsOwnFileName() throws Exception {
        ApiClient filer = as("ks_filer");
        String project = "城镇职工基本医疗保险基金支出" + System.nanoTime();
        ObjectNode doc = FormActions.monitoringDocument(project);
        doc.put("year", YEAR);
        long id = FormActions.create(filer, doc);
        assertThat(FormActions.submit(filer, id, "draft").status()).isEqualTo(200);
        FormActions.approveAndSign(as("ks_head"), as("ks_reviewer"), as("ks_leader"), id);

        HttpResponse<byte[]> pdf = filer.download("/api/forms/" + id + "/export?format=pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(downloadName(pdf)).isEqualTo("喀什市社会保险中心_" + project + "_" + YEAR + "年9月_绩效监控情况表.pdf");
        String text = String.join("", FormPdfExporterTest.pages(pdf.body()));
        assertThat(text).contains("主管部门喀什市人力资源和社会保障局", "签发人：吐尔洪·买买提", "填报单位（盖章）");
        assertThat(text).containsPattern("单位负责人（签字）：买买提·艾力日期：\\d{4}年\\d{1,2}月\\d{1,2}日")
                .containsPattern("审核人（签字）：刘芳日期：\\d{4}年\\d{1,2}月\\d{1,2}日");
        assertThat(text).doesNotContain("ks_leader", "ks_head", "ks_reviewer");

        HttpResponse<byte[]> xlsx = filer.download("/api/forms/" + id + "/export?format=xlsx");
        assertThat(downloadName(xlsx)).endsWith("_" + YEAR + "年9月_绩效监控情况表.xlsx");
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx.body()))) {
            StringBuilder all = new StringBuilder();
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('|')));
            assertThat(all).contains("|喀什市人力资源和社会保障局|", "单位负责人（签字）：买买提·艾力", "签发人：吐尔洪·买买提");
        }
    }

    @Test
    void theAdministratorEntersTheDepartmentAndTheNextExportPrintsIt() throws Exception {
        ApiClient admin = as("admin");
        long unitId = orgId(admin, "653101-02");
        assertThat(admin.put("/api/admin/orgs/" + unitId, "{\"department\":\"喀什市人民政府办公室\"}").status()).isEqualTo(200);
        try {
            assertThat(admin.get("/api/admin/orgs").body()).contains("\"department\":\"喀什市人民政府办公室\"");
            ApiClient filer = as("ksyb_filer");
            ObjectNode doc = FormActions.monitoringDocument("部门导出 " + System.nanoTime());
            doc.put("year", YEAR);
            long id = FormActions.create(filer, doc);
            String text = String.join("", FormPdfExporterTest.pages(
                    filer.download("/api/forms/" + id + "/export?format=pdf").body()));
            assertThat(text).contains("主管部门喀什市人民政府办公室", "单位负责人（签字）：日期：");
            assertThat(admin.put("/api/admin/orgs/" + unitId, "{\"department\":\"" + "长".repeat(101) + "\"}").json()
                    .path("message").asText()).contains("主管部门（department）");
        } finally {
            admin.put("/api/admin/orgs/" + unitId, "{\"department\":\"喀什市医疗保障局\"}");
        }
    }

    /** The file name of a download, from its {@code filename*=UTF-8''…} parameter. */
    private static String downloadName(HttpResponse<byte[]> r) {
        String header = r.headers().firstValue("Content-Disposition").orElseThrow();
        Matcher m = Pattern.compile("filename\\*=UTF-8''([^;]+)").matcher(header);
        assertThat(m.find()).as(header).isTrue();
        return URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
    }

    private static long orgId(ApiClient admin, String code) {
        Matcher m = Pattern.compile("\"id\":(\\d+),\"parentId\":\\d+,\"code\":\"" + Pattern.quote(code) + "\"")
                .matcher(admin.get("/api/admin/orgs").body());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }
}
