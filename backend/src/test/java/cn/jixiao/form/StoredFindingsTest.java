package cn.jixiao.form;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.org.MasterDataVersion;
import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.H2Test;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A form read that changes nothing runs no rules: the findings kept with the form's version are shown. What the
 * findings depend on still shows at once — a related form's change (the cross-form rules), a setting of the
 * prefecture, the form's own save. The rules' runs are counted by the application's own meter
 * ({@code jixiao.validation.runs}, incremented by {@link FormChecks} each time the engine runs on a stored form).
 */
@H2Test
class StoredFindingsTest extends FormApiTestBase {

    @Autowired
    MeterRegistry meters;

    @Test
    void aPlainReReadRunsNoRulesAndARelatedFormsChangeStillShows() {
        ApiClient filer = as("ks_filer");
        String project = "重读不再校验 " + System.nanoTime();
        long a = createMonitoringForm(filer, project);
        long b = createMonitoringForm(filer, project + " 另一项");
        assertThat(codes(filer.get("/api/forms/" + a).json())).doesNotContain("DUPLICATE_FORM");

        double before = runs();
        JsonNode first = filer.get("/api/forms/" + a).json();
        JsonNode second = filer.get("/api/forms/" + a).json();
        assertThat(runs()).isEqualTo(before);
        assertThat(second.path("findings")).isEqualTo(first.path("findings"));
        assertThat(second.path("computed")).isEqualTo(first.path("computed"));

        // the other form of the unit, month and year is renamed to this project: now it is a duplicate
        JsonNode other = filer.get("/api/forms/" + b).json();
        ObjectNode renamed = ((ObjectNode) other.path("form")).put("project", project);
        Response saved = filer.put("/api/forms/" + b, JSON.createObjectNode()
                .put("version", other.path("version").asInt()).set("form", renamed).toString());
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        double afterRename = runs();
        assertThat(codes(filer.get("/api/forms/" + a).json())).contains("DUPLICATE_FORM");
        assertThat(runs()).isEqualTo(afterRename + 1);
        filer.get("/api/forms/" + a);
        assertThat(runs()).isEqualTo(afterRename + 1);

        // its own save keeps the findings it computed: the next read runs nothing
        JsonNode current = filer.get("/api/forms/" + a).json();
        ObjectNode edited = ((ObjectNode) current.path("form")).put("project", project + " 改名");
        Response own = filer.put("/api/forms/" + a, JSON.createObjectNode()
                .put("version", current.path("version").asInt()).set("form", edited).toString());
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        double afterSave = runs();
        JsonNode reread = filer.get("/api/forms/" + a).json();
        assertThat(runs()).isEqualTo(afterSave);
        assertThat(codes(reread)).doesNotContain("DUPLICATE_FORM");
        assertThat(reread.path("version").asInt()).isEqualTo(current.path("version").asInt() + 1);
    }

    @Test
    void aSettingOfThePrefectureShowsInTheNextRead() {
        ApiClient filer = as("ks_filer");
        ApiClient admin = as("admin");
        long kashgar = jdbc.queryForObject("SELECT id FROM org WHERE code = '653100'", Long.class);
        long id = createMonitoringForm(filer, "设置变更后重读 " + System.nanoTime()); // execution 68.77 % at 75 %
        assertThat(filer.get("/api/forms/" + id).json().path("computed").path("deviationRequired").asBoolean())
                .isFalse();
        try {
            assertThat(admin.put("/api/admin/settings", margin(kashgar, "5")).status()).isEqualTo(200);
            double before = runs();
            JsonNode after = filer.get("/api/forms/" + id).json();
            assertThat(after.path("computed").path("deviationRequired").asBoolean()).isTrue(); // 68.77 < 75 − 5
            assertThat(codes(after)).contains("DEVIATION_EXPLANATION_REQUIRED");
            assertThat(runs()).isEqualTo(before + 1);
        } finally {
            admin.put("/api/admin/settings", margin(kashgar, ""));
        }
        assertThat(filer.get("/api/forms/" + id).json().path("computed").path("deviationRequired").asBoolean())
                .isFalse();
    }

    @Test
    void aSettingChangedOnAnotherNodeShowsWithinTheSecond() throws InterruptedException {
        ApiClient filer = as("ks_filer");
        long kashgar = jdbc.queryForObject("SELECT id FROM org WHERE code = '653100'", Long.class);
        long id = createMonitoringForm(filer, "另一节点改设置 " + System.nanoTime()); // execution 68.77 % at 75 %
        assertThat(filer.get("/api/forms/" + id).json().path("computed").path("deviationRequired").asBoolean())
                .isFalse();
        // another node's commit, as MasterDataChanges writes it: the row and the counter
        jdbc.update("INSERT INTO setting (prefecture_id, setting_key, setting_value, updated_by) VALUES (?, ?, ?, ?)",
                kashgar, "deviation.margin", "5", "另一节点");
        jdbc.update(MasterDataVersion.BUMP);
        try {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
            boolean required = false;
            while (!required && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
                required = filer.get("/api/forms/" + id).json().path("computed").path("deviationRequired").asBoolean();
            }
            assertThat(required).isTrue();
        } finally {
            jdbc.update("DELETE FROM setting WHERE prefecture_id = ? AND setting_key = 'deviation.margin'", kashgar);
            jdbc.update(MasterDataVersion.BUMP);
        }
    }

    private double runs() {
        return meters.get("jixiao.validation.runs").counter().count();
    }

    private static String margin(long prefectureId, String value) {
        Map<String, Object> body = new HashMap<>();
        body.put("prefectureId", prefectureId);
        body.put("values", Map.of("deviation.margin", value));
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String codes(JsonNode view) {
        StringBuilder out = new StringBuilder();
        view.path("findings").forEach(f -> out.append(f.path("code").asText()).append(' '));
        return out.toString();
    }
}
