package cn.jixiao.library;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.FormActions;
import cn.jixiao.support.H2Test;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * /api/indicator-library: a prefecture's 指标库, fed by signing (in the signing transaction), searched by its people,
 * curated by its reviewers only; another prefecture neither sees nor changes it.
 */
@H2Test
class IndicatorLibraryApiTest {

    /** A year of this class's own, so that no other class's unsigned 目标表 blocks the signature. */
    private static final int YEAR = 2044;

    @LocalServerPort
    int port;

    ApiClient as(String user) {
        return ApiClient.loggedIn(port, user);
    }

    static String q(String text) {
        return "/api/indicator-library?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void signingAFormPutsItsIndicatorsIntoThePrefecturesLibraryWithLevelsAndUnit() {
        String mark = "签发入库" + System.nanoTime();
        ApiClient filer = as("ks_filer");
        ObjectNode doc = FormActions.monitoringDocument("指标库 " + mark);
        doc.put("year", YEAR);
        ObjectNode first = (ObjectNode) doc.withArray("indicators").get(0);
        first.put("name", mark + "参保人数").put("level1", "项目完成指标").put("level2", "数量指标").put("target", "≥34.83万人");
        long id = FormActions.create(filer, doc);
        assertThat(FormActions.submit(filer, id, "draft").status()).isEqualTo(200);
        FormActions.complete(as("ks_head"), id, "unitReview", "{\"decision\":\"APPROVE\"}");
        FormActions.complete(as("ks_reviewer"), id, "prefectureReview", "{\"decision\":\"APPROVE\"}");
        assertThat(filer.get(q(mark)).json()).as("nothing before the signature").isEmpty();

        FormActions.complete(as("ks_leader"), id, "signOff", "{\"decision\":\"SIGN\"}");

        JsonNode found = filer.get(q(mark)).json();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).path("name").asText()).isEqualTo(mark + "参保人数");
        assertThat(found.get(0).path("level1").asText()).as("the synonym as the current name").isEqualTo("产出指标");
        assertThat(found.get(0).path("level2").asText()).isEqualTo("数量指标");
        assertThat(found.get(0).path("unit").asText()).isEqualTo("万人");
        assertThat(found.get(0).path("uses").asInt()).isEqualTo(1);
        assertThat(as("ksyb2_filer").get(q(mark)).json()).as("anyone of the prefecture").hasSize(1);
        assertThat(as("hj_filer").get(q(mark)).json()).as("not another prefecture").isEmpty();
    }

    @Test
    void reviewersCurateTheirPrefecturesLibraryAndNobodyElseDoes() {
        String name = "审核人新增" + System.nanoTime();
        ApiClient reviewer = as("ks_reviewer");
        String body = "{\"name\":\"" + name + "\",\"level1\":\"效益指标\",\"level2\":\"社会效益指标\",\"unit\":\"%\"}";

        assertThat(as("ks_filer").post("/api/indicator-library", body).status()).isEqualTo(403);
        assertThat(as("ks_leader").post("/api/indicator-library", body).status()).isEqualTo(403);
        assertThat(as("admin").get(q(name)).status()).as("no prefecture, no library").isEqualTo(403);

        Response added = reviewer.post("/api/indicator-library", body);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long id = added.json().path("id").asLong();
        assertThat(reviewer.post("/api/indicator-library", body).status()).as("the same name twice").isEqualTo(409);

        Response bad = reviewer.post("/api/indicator-library",
                "{\"name\":\"x\",\"level1\":\"产出指标\",\"level2\":\"社会效益指标\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("message").asText()).contains("二级指标（level2）");

        String changed = "{\"name\":\"" + name + "\",\"level1\":\"满意度指标\",\"level2\":\"服务对象满意度指标\",\"unit\":\"%\"}";
        assertThat(as("bz_reviewer").put("/api/indicator-library/" + id, changed).status())
                .as("another prefecture's reviewer").isEqualTo(404);
        assertThat(as("bz_reviewer").delete("/api/indicator-library/" + id).status()).isEqualTo(404);
        Response put = reviewer.put("/api/indicator-library/" + id, changed);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(as("ks_filer").get(q(name)).json().get(0).path("level1").asText()).isEqualTo("满意度指标");

        assertThat(reviewer.delete("/api/indicator-library/" + id).status()).isEqualTo(204);
        assertThat(as("ks_filer").get(q(name)).json()).isEmpty();
        assertThat(reviewer.delete("/api/indicator-library/" + id).status()).isEqualTo(404);
    }
}
