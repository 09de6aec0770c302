package cn.jixiao.form;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Logged-in API clients and the steps most form tests start with (also for tests of other packages). */
public abstract class FormApiTestBase {

    protected static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    protected ApiClient as(String username) {
        return ApiClient.loggedIn(port, username);
    }

    protected long createMonitoringForm(ApiClient filer, String project) throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(Fixtures.read(Fixtures.MONITORING_MEDICAL));
        doc.put("project", project);
        Response created = filer.post("/api/forms", doc.toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    protected String openTask(ApiClient user, long formId, String key) {
        JsonNode items = user.get("/api/tasks?scope=todo&size=200").json().path("items");
        for (JsonNode item : items) {
            if (item.path("formId").asLong() == formId) {
                assertThat(item.path("key").asText()).isEqualTo(key);
                return item.path("taskId").asText();
            }
        }
        throw new AssertionError("no open task for form " + formId + " in " + items);
    }

    protected static String ackAll(JsonNode findings, String note) {
        List<String> acks = new ArrayList<>();
        for (JsonNode f : findings) {
            if ("WARNING".equals(f.path("severity").asText())) {
                acks.add("{\"code\":\"" + f.path("code").asText() + "\",\"path\":\"" + f.path("path").asText()
                        + "\",\"note\":\"" + note + "\"}");
            }
        }
        return "[" + String.join(",", acks) + "]";
    }

    /** The filer submits from `draft` or `correct`, explaining every WARNING the form shows now. */
    protected Response submit(ApiClient filer, long formId, String taskKey) {
        JsonNode findings = filer.get("/api/forms/" + formId).json().path("findings");
        return filer.post("/api/tasks/" + openTask(filer, formId, taskKey) + "/complete",
                "{\"decision\":\"SUBMIT\",\"acknowledgedWarnings\":" + ackAll(findings, "已核实") + "}");
    }
}
