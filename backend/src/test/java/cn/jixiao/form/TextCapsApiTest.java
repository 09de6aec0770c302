package cn.jixiao.form;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.Fixtures;
import cn.jixiao.support.FormActions;
import cn.jixiao.support.H2Test;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The text caps over the API: a document over a cap is a 400 naming the field wherever it arrives (create, save,
 * validate); one at the caps is stored and exports. A decision's comments have their caps too, and the notice of a
 * return fits its column however long the comment is (the comment itself is kept whole in the history).
 */
@H2Test
class TextCapsApiTest extends FormApiTestBase {

    static void assertRefused(Response r, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().path("message").asText()).contains("字段 " + field + " 过");
    }

    static ObjectNode evaluation(String project) throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(Fixtures.read(Fixtures.EVALUATION_PENSION));
        doc.put("project", project);
        doc.put("year", FormActions.FUTURE_YEAR);
        return doc;
    }

    @Test
    void theTargetThatBrokeThePrefecturesExportIsRefusedWhereverADocumentArrives() throws Exception {
        ApiClient filer = as("ks_filer");
        ObjectNode doc = FormActions.monitoringDocument("超长目标 " + System.nanoTime());
        ((ObjectNode) doc.get("goal")).put("expected", "目".repeat(349_525));

        assertRefused(filer.post("/api/forms", doc.toString()), "goal.expected");
        assertRefused(filer.post("/api/forms/validate", doc.toString()), "goal.expected");
        assertThat(filer.get("/api/forms?size=200").body()).doesNotContain("超长目标");

        long id = createMonitoringForm(filer, "超长保存 " + System.nanoTime());
        ObjectNode form = (ObjectNode) filer.get("/api/forms/" + id).json().path("form");
        ArrayNode indicators = (ArrayNode) form.get("indicators");
        while (indicators.size() <= 200) {
            indicators.add(indicators.get(0).deepCopy());
        }
        assertRefused(filer.put("/api/forms/" + id, "{\"version\":1,\"form\":" + form + "}"), "indicators");
    }

    @Test
    void aFormAtTheCapsIsStoredAndExports() throws Exception {
        ApiClient filer = as("ks_filer");
        ObjectNode doc = evaluation("封顶 " + System.nanoTime());
        ((ObjectNode) doc.get("goal")).put("expected", "目".repeat(2_000));
        ObjectNode sections = (ObjectNode) doc.get("report").get("sections");
        sections.fieldNames().forEachRemaining(name -> sections.put(name, "报".repeat(20_000)));
        ObjectNode over = doc.deepCopy();
        ((ObjectNode) over.get("report").get("sections")).put("plans", "报".repeat(20_001));
        assertRefused(filer.post("/api/forms/validate", over.toString()), "report.sections.plans");

        long id = FormActions.create(filer, doc);

        HttpResponse<byte[]> xlsx = filer.download("/api/forms/" + id + "/export?format=xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        HttpResponse<byte[]> pdf = filer.download("/api/forms/" + id + "/export?format=pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(as("ks_reviewer").download("/api/forms/export?year=" + FormActions.FUTURE_YEAR + "&format=xlsx")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void aFormStoredBeforeTheCapsStillExportsToExcel() throws Exception {
        ApiClient filer = as("ksyb_filer");
        long id = createMonitoringForm(filer, "旧的超长 " + System.nanoTime());
        JsonNode stored = JSON.readTree(jdbc.queryForObject("SELECT document FROM form WHERE id = ?", String.class, id));
        ((ObjectNode) stored.get("goal")).put("expected", "旧".repeat(349_525));
        jdbc.update("UPDATE form SET document = ? WHERE id = ?", stored.toString(), id);

        assertThat(filer.download("/api/forms/" + id + "/export?format=xlsx").statusCode()).isEqualTo(200);
        assertThat(as("ks_reviewer").download("/api/forms/export?year=2020&format=xlsx").statusCode()).isEqualTo(200);
    }

    long inUnitReview(ApiClient filer, String project) {
        long id = createMonitoringForm(filer, project);
        assertThat(submit(filer, id, "draft").status()).isEqualTo(200);
        return id;
    }

    @Test
    void aLongReturnCommentIsKeptWholeAndItsNoticeFitsItsColumn() throws Exception {
        ApiClient filer = as("kssi_filer");
        long id = inUnitReview(filer, "长意见 " + System.nanoTime());
        ApiClient head = as("kssi_head");
        String task = openTask(head, id, "unitReview");
        String comment = "请核实".repeat(333) + "。"; // 1,000 characters: the notice column holds 500

        assertRefused(head.post("/api/tasks/" + task + "/complete",
                "{\"decision\":\"RETURN\",\"comment\":\"" + "意".repeat(2_001) + "\"}"), "comment");
        Response returned = head.post("/api/tasks/" + task + "/complete",
                "{\"decision\":\"RETURN\",\"comment\":\"" + comment + "\"}");

        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        JsonNode history = filer.get("/api/forms/" + id + "/history").json();
        assertThat(history.get(history.size() - 1).path("comment").asText()).isEqualTo(comment);
        JsonNode notice = null;
        for (JsonNode n : filer.get("/api/notifications").json().path("items")) {
            if (n.path("formId").asLong() == id && n.path("kind").asText().equals("RETURN")) {
                notice = n;
            }
        }
        assertThat(notice).as("the RETURN notice").isNotNull();
        assertThat(notice.path("message").asText()).hasSize(500).endsWith("…").contains("被退回修改：请核实");
    }

    @Test
    void fieldCommentsAndNotesHaveTheirCapsAndManyLongOnesAreKept() throws Exception {
        long id = inUnitReview(as("ksrs_filer"), "多批注 " + System.nanoTime());
        ApiClient head = as("ksrs_head");
        String task = openTask(head, id, "unitReview");
        String one = "{\"path\":\"goal.expected\",\"comment\":\"" + "批".repeat(2_000) + "\"}";

        assertRefused(head.post("/api/tasks/" + task + "/complete", "{\"decision\":\"RETURN\",\"comment\":\"退回\","
                + "\"fieldComments\":[{\"path\":\"goal.expected\",\"comment\":\"" + "批".repeat(2_001) + "\"}]}"),
                "fieldComments[0].comment");
        assertRefused(head.post("/api/tasks/" + task + "/complete", "{\"decision\":\"APPROVE\","
                + "\"acknowledgedWarnings\":[{\"code\":\"X\",\"path\":\"goal\",\"note\":\"" + "注".repeat(2_001) + "\"}]}"),
                "acknowledgedWarnings[0].note");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            many.add(one);
        }
        assertRefused(head.post("/api/tasks/" + task + "/complete", "{\"decision\":\"RETURN\",\"comment\":\"退回\","
                + "\"fieldComments\":[" + String.join(",", many) + "]}"), "fieldComments");

        Response returned = head.post("/api/tasks/" + task + "/complete", "{\"decision\":\"RETURN\",\"comment\":\"退回\","
                + "\"fieldComments\":[" + String.join(",", many.subList(0, 100)) + "]}");

        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        JsonNode history = as("ksrs_filer").get("/api/forms/" + id + "/history").json();
        assertThat(history.get(history.size() - 1).path("fieldComments")).hasSize(100);
    }

    @Test
    void pagesBeyondTheLastAreEmptyHoweverFarTheyLie() {
        ApiClient reviewer = as("ks_reviewer");
        for (String list : List.of("/api/forms", "/api/tasks")) {
            Response far = reviewer.get(list + "?page=2147483647&size=200");
            assertThat(far.status()).as(list + " " + far.body()).isEqualTo(200);
            assertThat(far.json().path("items")).isEmpty();
        }
    }
}
