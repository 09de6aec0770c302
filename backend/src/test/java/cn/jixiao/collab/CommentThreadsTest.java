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
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A RETURN's field comments become threads: replies, resolve by the commenter or the filer, answered by a change. */
@H2Test
class CommentThreadsTest extends FormApiTestBase {

    /** A form of 喀什市社保中心 returned by the prefecture reviewer with two cell comments. */
    long returnedWithTwoComments(ApiClient filer, ApiClient head) {
        long id = FormActions.create(filer, FormActions.futureMonitoringDocument("批注 " + System.nanoTime()));
        assertThat(submit(filer, id, "draft").status()).isEqualTo(200);
        assertThat(head.post("/api/tasks/" + openTask(head, id, "unitReview") + "/complete", "{\"decision\":\"APPROVE\"}")
                .status()).isEqualTo(200);
        ApiClient reviewer = as("ks_reviewer");
        Response returned = reviewer.post("/api/tasks/" + openTask(reviewer, id, "prefectureReview") + "/complete",
                "{\"decision\":\"RETURN\",\"comment\":\"请核实\",\"fieldComments\":["
                        + "{\"path\":\"indicators[1].actual\",\"comment\":\"是否为1-9月累计？\"},"
                        + "{\"path\":\"project\",\"comment\":\"项目名称请用全称\"}]}");
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        return id;
    }

    @Test
    void theFilerRepliesChangesTheCellAndResolvesTheReviewerSeesIt() {
        ApiClient filer = as("ks_filer");
        ApiClient reviewer = as("ks_reviewer");
        long id = returnedWithTwoComments(filer, as("ks_head"));

        JsonNode threads = filer.get("/api/forms/" + id + "/comments").json();
        assertThat(threads).hasSize(2);
        JsonNode first = threads.get(0);
        assertThat(first.path("path").asText()).isEqualTo("indicators[1].actual");
        assertThat(first.path("author").asText()).isEqualTo("ks_reviewer");
        assertThat(first.path("text").asText()).isEqualTo("是否为1-9月累计？");
        assertThat(first.path("resolved").asBoolean()).isFalse();
        assertThat(first.path("answered").asBoolean()).isFalse();
        long cid = first.path("id").asLong();

        // the filer changes the cell: that thread is answered, the other one not
        JsonNode current = filer.get("/api/forms/" + id).json();
        ObjectNode edited = (ObjectNode) current.path("form");
        ((ObjectNode) edited.path("indicators").get(1)).put("actual", "72.10万人次");
        assertThat(filer.put("/api/forms/" + id, "{\"version\":" + current.path("version").asInt() + ",\"form\":" + edited + "}")
                .status()).isEqualTo(200);
        Response replied = filer.post("/api/forms/" + id + "/comments/" + cid + "/replies", "{\"text\":\"已改为1-9月累计数\"}");
        assertThat(replied.status()).as(replied.body()).isEqualTo(200);
        JsonNode after = replied.json();
        assertThat(after.get(0).path("answered").asBoolean()).isTrue();
        assertThat(after.get(1).path("answered").asBoolean()).isFalse();
        assertThat(after.get(0).path("replies").get(0).path("author").asText()).isEqualTo("ks_filer");
        assertThat(after.get(0).path("replies").get(0).path("text").asText()).isEqualTo("已改为1-9月累计数");
        assertThat(noticesAbout(reviewer, id)).anySatisfy(n -> {
            assertThat(n.path("kind").asText()).isEqualTo("COMMENT");
            assertThat(n.path("message").asText()).contains("回复了").contains("已改为1-9月累计数");
        });

        assertThat(as("ks_head").post("/api/forms/" + id + "/comments/" + cid + "/resolve", "").status())
                .as("neither commenter nor filer").isEqualTo(403);
        Response resolved = filer.post("/api/forms/" + id + "/comments/" + cid + "/resolve", "");
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        JsonNode seen = reviewer.get("/api/forms/" + id + "/comments").json().get(0);
        assertThat(seen.path("resolved").asBoolean()).isTrue();
        assertThat(seen.path("resolvedBy").asText()).isEqualTo("ks_filer");
        assertThat(seen.path("resolvedByName").asText()).isEqualTo("阿依古丽");

        assertThat(filer.post("/api/forms/" + id + "/comments/" + cid + "/resolve", "").status()).isEqualTo(409);
        Response late = reviewer.post("/api/forms/" + id + "/comments/" + cid + "/replies", "{\"text\":\"好\"}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().path("message").asText()).contains("已解决");
        // the commenter resolves the other one
        long other = seen.path("id").asLong() + 1;
        assertThat(reviewer.post("/api/forms/" + id + "/comments/" + other + "/resolve", "").status()).isEqualTo(200);
        assertThat(jdbc.queryForList("SELECT detail FROM audit_log WHERE form_id = ? AND action LIKE 'COMMENT_%' ORDER BY id",
                String.class, id)).containsExactly("回复批注（indicators[1].actual）：已改为1-9月累计数",
                "批注（indicators[1].actual）标为已解决", "批注（project）标为已解决");
    }

    @Test
    void outsideTheScopeNothingAndBadRepliesAreNamed() {
        ApiClient filer = as("ksyb_filer");
        long id = returnedWithTwoComments(filer, as("ksyb_head"));
        long cid = filer.get("/api/forms/" + id + "/comments").json().get(0).path("id").asLong();

        assertThat(as("ks_filer").get("/api/forms/" + id + "/comments").status()).isEqualTo(404);
        assertThat(as("bz_reviewer").post("/api/forms/" + id + "/comments/" + cid + "/replies", "{\"text\":\"x\"}").status())
                .isEqualTo(404);
        assertThat(as("hj_filer").post("/api/forms/" + id + "/comments/" + cid + "/resolve", "").status()).isEqualTo(404);
        assertThat(filer.post("/api/forms/" + id + "/comments/999999/resolve", "").status()).isEqualTo(404);
        Response blank = filer.post("/api/forms/" + id + "/comments/" + cid + "/replies", "{\"text\":\"  \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().path("message").asText()).contains("字段 text");
        assertThat(filer.post("/api/forms/" + id + "/comments/" + cid + "/replies", "{\"text\":\"" + "长".repeat(2001) + "\"}")
                .status()).isEqualTo(400);

        // the filer and the reviewer resolve at once: one wins
        ApiClient reviewer = as("ks_reviewer");
        List<Supplier<Integer>> calls = List.of(
                () -> filer.post("/api/forms/" + id + "/comments/" + cid + "/resolve", "").status(),
                () -> reviewer.post("/api/forms/" + id + "/comments/" + cid + "/resolve", "").status());
        assertThat(AtOnce.run(calls)).containsExactlyInAnyOrder(200, 409);
    }
}
