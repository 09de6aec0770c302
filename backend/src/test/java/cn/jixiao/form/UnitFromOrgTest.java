package cn.jixiao.form;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.admin.OrgAdminService;
import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.FormActions;
import cn.jixiao.support.H2Test;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The unit shown for a form is its org, never the 单位名称 its filer typed: a filer of 喀什市社会保险中心 labels a
 * form with a unit of another prefecture, and neither the form, the lists, the inbox, the versions nor the exports
 * show that label.
 */
@H2Test
class UnitFromOrgTest extends FormApiTestBase {

    static final String ORG = "喀什市社会保险中心"; // ks_filer's unit
    static final String FAKE = "巴音郭楞州和静县社会保险管理局";

    @Autowired
    OrgAdminService orgAdmin;

    long fakeLabelled(ApiClient filer, String project) {
        ObjectNode doc = FormActions.monitoringDocument(project);
        doc.put("unit", FAKE);
        Response created = filer.post("/api/forms", doc.toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("form").path("unit").asText()).isEqualTo(ORG);
        assertThat(created.json().path("unitName").asText()).isEqualTo(ORG);
        return created.json().path("id").asLong();
    }

    @Test
    void theFormItsListsItsVersionsAndTheInboxShowTheOrg() {
        ApiClient filer = as("ks_filer");
        String project = "冒名单位 " + System.nanoTime();
        long id = fakeLabelled(filer, project);
        JsonNode view = filer.get("/api/forms/" + id).json();
        ObjectNode edited = (ObjectNode) view.path("form").deepCopy();
        edited.put("unit", FAKE + "（再改）");
        Response saved = filer.put("/api/forms/" + id, "{\"version\":1,\"form\":" + edited + "}");
        assertThat(saved.json().path("form").path("unit").asText()).isEqualTo(ORG);
        assertThat(submit(filer, id, "draft").status()).isEqualTo(200);

        ApiClient reviewer = as("ks_reviewer");
        assertThat(reviewer.get("/api/forms/" + id).json().path("form").path("unit").asText()).isEqualTo(ORG);
        assertThat(reviewer.get("/api/forms/" + id + "/versions/2").json().path("form").path("unit").asText())
                .isEqualTo(ORG);
        assertThat(reviewer.get("/api/forms?size=200").json().path("items")).filteredOn(i -> i.path("id").asLong() == id)
                .singleElement().satisfies(i -> assertThat(i.path("unit").asText()).isEqualTo(ORG));
        assertThat(as("ks_head").get("/api/tasks?scope=todo&size=200").json().path("items"))
                .filteredOn(i -> i.path("formId").asLong() == id)
                .singleElement().satisfies(i -> assertThat(i.path("unit").asText()).isEqualTo(ORG));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM form_version WHERE form_id = ? AND document LIKE ?",
                Integer.class, id, "%" + FAKE + "%")).isZero();
    }

    @Test
    void theExportsPrintTheOrgEvenForADocumentStoredWithAnotherUnit() throws Exception {
        ApiClient filer = as("ks_filer");
        long id = fakeLabelled(filer, "冒名导出 " + System.nanoTime());
        // a form stored before the unit came from the org
        jdbc.update("UPDATE form SET document = REPLACE(document, ?, ?) WHERE id = ?", "\"" + ORG + "\"",
                "\"" + FAKE + "\"", id);
        assertThat(filer.get("/api/forms/" + id).json().path("form").path("unit").asText()).isEqualTo(ORG);

        byte[] xlsx = filer.download("/api/forms/" + id + "/export?format=xlsx").body();
        StringBuilder cells = new StringBuilder();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.append(cell.toString()).append('|');
                    }
                }
            }
        }
        assertThat(cells.toString()).contains(ORG).doesNotContain(FAKE);

        byte[] pdf = filer.download("/api/forms/" + id + "/export?format=pdf").body();
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertThat(text).contains(ORG).doesNotContain(FAKE);
    }

    @Test
    void aRenamedOrgIsShownUnderItsNewNameOnItsFormsAndTasks() {
        ApiClient filer = as("ks_filer");
        long id = fakeLabelled(filer, "改名 " + System.nanoTime());
        assertThat(submit(filer, id, "draft").status()).isEqualTo(200);
        long orgId = jdbc.queryForObject("SELECT org_id FROM app_user WHERE username = 'ks_filer'", Long.class);
        String renamed = ORG + "（改名）";
        try {
            orgAdmin.update("admin", orgId, new OrgAdminService.OrgChange(renamed, null, null, null, null, null));

            assertThat(filer.get("/api/forms/" + id).json().path("form").path("unit").asText()).isEqualTo(renamed);
            assertThat(filer.get("/api/forms?size=200").json().path("items"))
                    .filteredOn(i -> i.path("id").asLong() == id)
                    .singleElement().satisfies(i -> assertThat(i.path("unit").asText()).isEqualTo(renamed));
            assertThat(as("ks_head").get("/api/tasks?scope=todo&size=200").json().path("items"))
                    .filteredOn(i -> i.path("formId").asLong() == id)
                    .singleElement().satisfies(i -> assertThat(i.path("unit").asText()).isEqualTo(renamed));
            assertThat(filer.get("/api/tasks?scope=done&size=200").json().path("items"))
                    .filteredOn(i -> i.path("formId").asLong() == id)
                    .allSatisfy(i -> assertThat(i.path("unit").asText()).isEqualTo(renamed));
        } finally {
            orgAdmin.update("admin", orgId, new OrgAdminService.OrgChange(ORG, null, null, null, null, null));
        }
    }
}
