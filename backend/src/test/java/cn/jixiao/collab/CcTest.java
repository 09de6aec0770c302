package cn.jixiao.collab;

import static cn.jixiao.collab.TaskNoticesTest.noticesAbout;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.form.FormApiTestBase;
import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.FormActions;
import cn.jixiao.support.H2Test;
import org.junit.jupiter.api.Test;

/** 抄送: read access and a notice for people of the form's prefecture; "抄送我的" lists the form. */
@H2Test
class CcTest extends FormApiTestBase {

    @Test
    void aCopyLetsAColleagueOfThePrefectureReadTheFormAndTellsThem() {
        ApiClient filer = as("ksrs_filer");
        String project = "抄送 " + System.nanoTime();
        long id = FormActions.create(filer, FormActions.futureMonitoringDocument(project));
        assertThat(submit(filer, id, "draft").status()).isEqualTo(200);
        ApiClient other = as("ksyb_head"); // the head of another unit of 喀什地区
        assertThat(other.get("/api/forms/" + id).status()).isEqualTo(404);
        assertThat(filer.get("/api/forms/" + id + "/cc-candidates").body()).contains("ksyb_head").contains("王建国")
                .doesNotContain("hj_head").doesNotContain("\"admin\"");

        Response cc = filer.post("/api/forms/" + id + "/cc", "{\"users\":[\"ksyb_head\"],\"comment\":\"请参考我局做法\"}");
        assertThat(cc.status()).as(cc.body()).isEqualTo(200);
        assertThat(cc.json().path("copiedTo").toString()).isEqualTo("[\"ksyb_head\"]");

        assertThat(other.get("/api/forms/" + id).status()).isEqualTo(200);
        assertThat(other.get("/api/forms/" + id + "/history").body()).contains("\"action\":\"CC\"").contains("抄送：王建国；请参考我局做法");
        assertThat(other.get("/api/forms?cc=me&size=100").body()).contains("\"id\":" + id + ",").contains(project);
        assertThat(filer.get("/api/forms?cc=me&size=100").body()).doesNotContain("\"id\":" + id + ",");
        assertThat(noticesAbout(other, id)).singleElement().satisfies(n -> {
            assertThat(n.path("kind").asText()).isEqualTo("CC");
            assertThat(n.path("message").asText()).contains("陈静 抄送《" + project + "》给您：请参考我局做法");
        });
        // copied again: no second notice
        assertThat(filer.post("/api/forms/" + id + "/cc", "{\"users\":[\"ksyb_head\"]}").json().path("copiedTo").size()).isZero();
        assertThat(noticesAbout(other, id)).hasSize(1);

        // a reader, not a reviewer: the task is not theirs, but they may chase it
        String task = openTask(as("ksrs_head"), id, "unitReview");
        assertThat(other.post("/api/tasks/" + task + "/complete", "{\"decision\":\"APPROVE\"}").status()).isIn(403, 404);
        assertThat(other.post("/api/tasks/" + task + "/urge", "{}").status()).isEqualTo(200);
        assertThat(other.post("/api/forms/" + id + "/cc", "{\"users\":[\"ks_filer\"]}").status()).as("no copy of a copy").isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT detail FROM audit_log WHERE form_id = ? AND action = 'FORM_CC'", String.class, id))
                .isEqualTo("抄送给 ksyb_head；请参考我局做法");
    }

    @Test
    void onlyToBusinessPeopleOfTheSamePrefecture() {
        ApiClient filer = as("ksyb2_filer");
        long id = FormActions.create(filer, FormActions.futureMonitoringDocument("抄送限制 " + System.nanoTime()));
        String url = "/api/forms/" + id + "/cc";
        for (String to : new String[] {"hj_head", "bz_leader", "admin", "auditor", "nobody"}) {
            Response r = filer.post(url, "{\"users\":[\"" + to + "\"]}");
            assertThat(r.status()).as(to).isEqualTo(422);
            assertThat(r.json().path("message").asText()).contains(to).contains("字段 users");
        }
        assertThat(filer.post(url, "{\"users\":[]}").json().path("message").asText()).contains("字段 users");
        assertThat(filer.post(url, "{\"users\":[\"ks_leader\"],\"comment\":\"" + "长".repeat(2001) + "\"}").status()).isEqualTo(400);
        assertThat(as("bz_reviewer").post(url, "{\"users\":[\"ks_leader\"]}").status()).isEqualTo(404);
        assertThat(as("hj_head").get("/api/forms/" + id + "/cc-candidates").status()).isEqualTo(404);
        assertThat(filer.get("/api/forms?cc=you").status()).isEqualTo(400);
        assertThat(as("hj_head").get("/api/forms/" + id).status()).isEqualTo(404);
    }
}
