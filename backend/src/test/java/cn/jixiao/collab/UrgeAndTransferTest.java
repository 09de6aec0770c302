package cn.jixiao.collab;

import static cn.jixiao.collab.TaskNoticesTest.noticesAbout;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.form.FormApiTestBase;
import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.AtOnce;
import cn.jixiao.support.FormActions;
import cn.jixiao.support.H2Test;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** 催办 (once per task per 24 h, by anyone who sees the form) and 转办 (to a colleague of the same role and org). */
@H2Test
class UrgeAndTransferTest extends FormApiTestBase {

    /** A form of 喀什地区人社局 waiting at 地区审核. */
    long atPrefectureReview(String project) {
        ApiClient filer = as("ksrs_filer");
        long id = FormActions.create(filer, FormActions.futureMonitoringDocument(project));
        assertThat(submit(filer, id, "draft").status()).isEqualTo(200);
        ApiClient head = as("ksrs_head");
        assertThat(head.post("/api/tasks/" + openTask(head, id, "unitReview") + "/complete", "{\"decision\":\"APPROVE\"}")
                .status()).isEqualTo(200);
        return id;
    }

    @Test
    void anyoneWhoSeesTheFormUrgesTheGroupOncePerDay() {
        long id = atPrefectureReview("催办 " + System.nanoTime());
        ApiClient filer = as("ksrs_filer");
        String task = openTask(as("ks_reviewer"), id, "prefectureReview");

        Response urged = filer.post("/api/tasks/" + task + "/urge", "{\"comment\":\"月底前需上报\"}");
        assertThat(urged.status()).as(urged.body()).isEqualTo(200);
        assertThat(urged.json().path("notified").asInt()).isGreaterThanOrEqualTo(2); // both 喀什 reviewers
        for (String reviewer : List.of("ks_reviewer", "ks_reviewer2")) {
            assertThat(noticesAbout(as(reviewer), id)).anySatisfy(n -> {
                assertThat(n.path("kind").asText()).isEqualTo("URGE");
                assertThat(n.path("message").asText()).contains("催办").contains("地区审核").contains("月底前需上报");
            });
        }
        Response again = as("ks_leader").post("/api/tasks/" + task + "/urge", "{}");
        assertThat(again.status()).isEqualTo(429);
        assertThat(again.json().path("message").asText()).contains("24 小时内只能催办一次");

        assertThat(as("hj_filer").post("/api/tasks/" + task + "/urge", "{}").status()).as("another prefecture").isEqualTo(404);
        assertThat(as("ks_filer").post("/api/tasks/" + task + "/urge", "{}").status()).as("another unit").isEqualTo(404);

        // a day later it may be chased again
        jdbc.update("UPDATE task_urge SET urged_at = ? WHERE task_id = ?", LocalDateTime.now().minusHours(25), task);
        assertThat(filer.post("/api/tasks/" + task + "/urge", "").status()).isEqualTo(200);
        JsonNode history = filer.get("/api/forms/" + id + "/history").json();
        assertThat(history.toString()).contains("\"action\":\"URGE\"").contains("月底前需上报");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE form_id = ? AND action = 'TASK_URGE'",
                Integer.class, id)).isEqualTo(2);
    }

    @Test
    void twoChasersAtOnceOneIsTold429() {
        long id = atPrefectureReview("同时催办 " + System.nanoTime());
        String task = openTask(as("ks_reviewer"), id, "prefectureReview");
        ApiClient filer = as("ksrs_filer");
        ApiClient head = as("ksrs_head");
        List<Supplier<Integer>> calls = List.of(
                () -> filer.post("/api/tasks/" + task + "/urge", "{}").status(),
                () -> head.post("/api/tasks/" + task + "/urge", "{}").status());
        assertThat(AtOnce.run(calls)).containsExactlyInAnyOrder(200, 429);
    }

    @Test
    void aReviewerHandsAClaimedTaskToAColleagueAndHistorySaysFromWhomToWhom() {
        long id = atPrefectureReview("转办 " + System.nanoTime());
        ApiClient reviewer = as("ks_reviewer");
        String task = openTask(reviewer, id, "prefectureReview");
        assertThat(reviewer.post("/api/tasks/" + task + "/claim", "{}").status()).isEqualTo(200);
        assertThat(reviewer.get("/api/tasks/" + task + "/transfer-candidates").body()).contains("ks_reviewer2").contains("王雪梅")
                .doesNotContain("\"ks_reviewer\"");

        Response moved = reviewer.post("/api/tasks/" + task + "/transfer", "{\"to\":\"ks_reviewer2\",\"comment\":\"本人休假\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().path("assignee").asText()).isEqualTo("ks_reviewer2");

        ApiClient colleague = as("ks_reviewer2");
        assertThat(openTask(colleague, id, "prefectureReview")).isEqualTo(task);
        assertThat(noticesAbout(colleague, id)).anySatisfy(n -> {
            assertThat(n.path("kind").asText()).isEqualTo("TRANSFER");
            assertThat(n.path("message").asText()).contains("刘芳").contains("转办给您").contains("本人休假");
        });
        assertThat(reviewer.post("/api/tasks/" + task + "/complete", "{\"decision\":\"APPROVE\"}").status())
                .as("no longer the reviewer's").isEqualTo(409);
        JsonNode last = lastHistory(colleague, id);
        assertThat(last.path("action").asText()).isEqualTo("TRANSFER");
        assertThat(last.path("actor").asText()).isEqualTo("ks_reviewer");
        assertThat(last.path("comment").asText()).isEqualTo("转办：刘芳 → 王雪梅；本人休假");
        assertThat(jdbc.queryForObject("SELECT detail FROM audit_log WHERE form_id = ? AND action = 'TASK_TRANSFER'",
                String.class, id)).contains("ks_reviewer → ks_reviewer2").contains("地区审核");

        assertThat(colleague.post("/api/tasks/" + task + "/complete", "{\"decision\":\"APPROVE\"}").status()).isEqualTo(200);
    }

    @Test
    void onlyToAColleagueOfTheSameRoleAndOrg() {
        long id = atPrefectureReview("转办限制 " + System.nanoTime());
        ApiClient reviewer = as("ks_reviewer");
        String task = openTask(reviewer, id, "prefectureReview");
        String url = "/api/tasks/" + task + "/transfer";

        for (String to : List.of("bz_reviewer", "ks_leader", "ksrs_head", "nobody", "ks_reviewer")) {
            Response r = reviewer.post(url, "{\"to\":\"" + to + "\"}");
            assertThat(r.status()).as(to + ": " + r.body()).isEqualTo(422);
            assertThat(r.json().path("message").asText()).contains("字段 to");
        }
        assertThat(reviewer.post(url, "{}").json().path("message").asText()).contains("字段 to");
        assertThat(reviewer.post(url, "{\"to\":\"ks_reviewer2\",\"comment\":\"" + "长".repeat(2001) + "\"}").status())
                .isEqualTo(400);
        assertThat(as("ks_leader").post(url, "{\"to\":\"ks_reviewer2\"}").status()).as("not the leader's task").isEqualTo(403);
        assertThat(as("bz_reviewer").post(url, "{\"to\":\"ks_reviewer2\"}").status()).isEqualTo(404);
        // claimed by the colleague: the reviewer may not take it away
        assertThat(as("ks_reviewer2").post("/api/tasks/" + task + "/claim", "{}").status()).isEqualTo(200);
        assertThat(reviewer.post(url, "{\"to\":\"ks_reviewer2\"}").status()).isEqualTo(409);

        // the filer's own steps stay with the filer
        ApiClient filer = as("ksrs_filer");
        long draft = FormActions.create(filer, FormActions.futureMonitoringDocument("草稿转办 " + System.nanoTime()));
        Response own = filer.post("/api/tasks/" + openTask(filer, draft, "draft") + "/transfer", "{\"to\":\"ks_filer\"}");
        assertThat(own.status()).isEqualTo(422);
    }

    @Test
    void aTransferAndACompletionAtOnceOneWins() {
        long id = atPrefectureReview("转办并发 " + System.nanoTime());
        ApiClient reviewer = as("ks_reviewer");
        String task = openTask(reviewer, id, "prefectureReview");
        // the reviewer, in two tabs, approves and hands the task on at the same moment
        List<Supplier<Integer>> calls = List.of(
                () -> reviewer.post("/api/tasks/" + task + "/transfer", "{\"to\":\"ks_reviewer2\"}").status(),
                () -> reviewer.post("/api/tasks/" + task + "/complete", "{\"decision\":\"APPROVE\"}").status());
        assertThat(AtOnce.run(calls)).containsExactlyInAnyOrder(200, 409);
    }

    private static JsonNode lastHistory(ApiClient user, long id) {
        JsonNode history = user.get("/api/forms/" + id + "/history").json();
        return history.get(history.size() - 1);
    }
}
