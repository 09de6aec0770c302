package cn.jixiao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.form.FormApiTestBase;
import cn.jixiao.support.ApiClient;
import cn.jixiao.support.AtOnce;
import cn.jixiao.support.H2Test;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Ten recalls of one submitted form at once (ten tabs, a double-clicking filer): one recalls it, nine are told it is done. */
@H2Test
class ParallelRecallTest extends FormApiTestBase {

    @Test
    void tenRecallsAtOnceOneWinsAndNineAre409() {
        ApiClient filer = as("ksrs_filer");
        long id = createMonitoringForm(filer, "同时撤回 " + System.nanoTime());
        assertThat(submit(filer, id, "draft").status()).isEqualTo(200);
        List<Supplier<ApiClient.Response>> recalls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ApiClient tab = as("ksrs_filer");
            recalls.add(() -> tab.post("/api/forms/" + id + "/recall", "{}"));
        }

        List<ApiClient.Response> answers = AtOnce.run(recalls);

        assertThat(answers).extracting(ApiClient.Response::status).as(answers.toString())
                .containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() == 409)
                .allSatisfy(a -> assertThat(a.json().path("error").asText()).isEqualTo("CONFLICT"));
        assertThat(filer.get("/api/forms/" + id).json().path("status").asText()).isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_task WHERE form_id = ?", Integer.class, id))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM form_history WHERE form_id = ? AND action = 'RECALL'",
                Integer.class, id)).isEqualTo(1);
        assertThat(submit(filer, id, "draft").status()).isEqualTo(200);
    }
}
