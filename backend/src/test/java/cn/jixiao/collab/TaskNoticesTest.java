package cn.jixiao.collab;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.form.FormApiTestBase;
import cn.jixiao.support.ApiClient;
import cn.jixiao.support.FormActions;
import cn.jixiao.support.H2Test;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every task arriving for a person or a group tells them, with the form to open; the bell counts unread ones. */
@H2Test
class TaskNoticesTest extends FormApiTestBase {

    static List<JsonNode> noticesAbout(ApiClient user, long formId) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode n : user.get("/api/notifications").json().path("items")) {
            if (n.path("formId").asLong() == formId) {
                found.add(n);
            }
        }
        return found;
    }

    @Test
    void eachReviewStepTellsTheGroupItArrivesAtAndNobodyElse() {
        ApiClient filer = as("ksrs_filer");
        String project = "到达通知 " + System.nanoTime();
        long id = FormActions.create(filer, FormActions.futureMonitoringDocument(project));
        assertThat(noticesAbout(filer, id)).as("the filer's own draft").isEmpty();

        assertThat(submit(filer, id, "draft").status()).isEqualTo(200);
        ApiClient head = as("ksrs_head");
        List<JsonNode> atHead = noticesAbout(head, id);
        assertThat(atHead).hasSize(1);
        assertThat(atHead.get(0).path("kind").asText()).isEqualTo("TASK_ARRIVED");
        assertThat(atHead.get(0).path("message").asText()).contains(project).contains("单位审核上报").contains("待您处理");
        assertThat(atHead.get(0).path("readAt").isNull()).isTrue();
        assertThat(noticesAbout(as("ks_reviewer"), id)).isEmpty();

        long unreadBefore = as("ks_reviewer").get("/api/notifications").json().path("unread").asLong();
        assertThat(head.post("/api/tasks/" + openTask(head, id, "unitReview") + "/complete", "{\"decision\":\"APPROVE\"}")
                .status()).isEqualTo(200);
        ApiClient reviewer = as("ks_reviewer");
        assertThat(noticesAbout(reviewer, id)).singleElement()
                .satisfies(n -> assertThat(n.path("message").asText()).contains("地区审核"));
        assertThat(reviewer.get("/api/notifications").json().path("unread").asLong()).isEqualTo(unreadBefore + 1);
        assertThat(noticesAbout(as("bz_reviewer"), id)).as("another prefecture").isEmpty();
        assertThat(noticesAbout(head, id)).as("the head is not told of its own approval again").hasSize(1);

        assertThat(reviewer.post("/api/tasks/" + openTask(reviewer, id, "prefectureReview") + "/complete",
                "{\"decision\":\"APPROVE\"}").status()).isEqualTo(200);
        assertThat(noticesAbout(as("ks_leader"), id)).singleElement()
                .satisfies(n -> assertThat(n.path("message").asText()).contains("领导签发"));

        // read: the bell counts one fewer
        long notice = noticesAbout(head, id).get(0).path("id").asLong();
        long unread = head.get("/api/notifications").json().path("unread").asLong();
        assertThat(head.post("/api/notifications/" + notice + "/read", "{}").status()).isEqualTo(200);
        assertThat(head.get("/api/notifications").json().path("unread").asLong()).isEqualTo(unread - 1);
        assertThat(as("ksrs_filer").post("/api/notifications/" + notice + "/read", "{}").status()).isEqualTo(404);
    }

    @Test
    void aReturnTellsTheFilerOnceWithTheComment() {
        ApiClient filer = as("ksyb2_filer");
        long id = FormActions.create(filer, FormActions.futureMonitoringDocument("退回通知 " + System.nanoTime()));
        assertThat(submit(filer, id, "draft").status()).isEqualTo(200);
        ApiClient head = as("ksyb2_head");
        assertThat(head.post("/api/tasks/" + openTask(head, id, "unitReview") + "/complete",
                "{\"decision\":\"RETURN\",\"comment\":\"请补充说明\"}").status()).isEqualTo(200);

        assertThat(noticesAbout(filer, id)).singleElement().satisfies(n -> {
            assertThat(n.path("kind").asText()).isEqualTo("RETURN");
            assertThat(n.path("message").asText()).contains("请补充说明");
        });
    }
}
