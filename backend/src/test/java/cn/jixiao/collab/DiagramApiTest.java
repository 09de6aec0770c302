package cn.jixiao.collab;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.form.FormApiTestBase;
import cn.jixiao.support.ApiClient;
import cn.jixiao.support.FormActions;
import cn.jixiao.support.H2Test;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET /api/forms/{id}/diagram: the model the form is in, with the steps done, the current one, who acted when. */
@H2Test
class DiagramApiTest extends FormApiTestBase {

    static Map<String, JsonNode> byId(JsonNode activities) {
        Map<String, JsonNode> map = new HashMap<>();
        activities.forEach(a -> map.put(a.path("id").asText(), a));
        return map;
    }

    @Test
    void aDraftShowsItsMainProcessAndASubmittedFormTheReviewCycle() {
        ApiClient filer = as("kssi_filer");
        long id = FormActions.create(filer, FormActions.futureMonitoringDocument("流程图 " + System.nanoTime()));

        JsonNode draft = filer.get("/api/forms/" + id + "/diagram").json();
        assertThat(draft.path("processKey").asText()).isEqualTo("performance-monitoring");
        assertThat(draft.path("bpmn").asText()).contains("<bpmn:process id=\"performance-monitoring\"").contains("bpmndi:BPMNShape");
        assertThat(byId(draft.path("activities")).get("draft").path("state").asText()).isEqualTo("active");

        assertThat(submit(filer, id, "draft").status()).isEqualTo(200);
        ApiClient head = as("kssi_head");
        assertThat(head.post("/api/tasks/" + openTask(head, id, "unitReview") + "/complete", "{\"decision\":\"APPROVE\"}")
                .status()).isEqualTo(200);

        JsonNode cycle = as("ks_reviewer").get("/api/forms/" + id + "/diagram").json();
        assertThat(cycle.path("processKey").asText()).isEqualTo("review-cycle");
        assertThat(cycle.path("bpmn").asText()).contains("<bpmn:process id=\"review-cycle\"");
        Map<String, JsonNode> steps = byId(cycle.path("activities"));
        assertThat(steps.get("unitReview").path("state").asText()).isEqualTo("done");
        assertThat(steps.get("unitReview").path("actor").asText()).isEqualTo("kssi_head");
        assertThat(steps.get("unitReview").path("actorName").asText()).isEqualTo("艾尔肯·吐尔逊");
        assertThat(steps.get("unitReview").path("at").asText()).isNotBlank();
        assertThat(steps.get("prefectureReview").path("state").asText()).isEqualTo("active");
        assertThat(steps).doesNotContainKey("signOff");

        assertThat(as("hj_filer").get("/api/forms/" + id + "/diagram").status()).isEqualTo(404);
        assertThat(as("ks_filer").get("/api/forms/" + id + "/diagram").status()).isEqualTo(404);
    }
}
