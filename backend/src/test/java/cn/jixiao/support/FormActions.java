package cn.jixiao.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** What users do to forms over the API, as the tests need it: create, find one's task, submit. */
public final class FormActions {

    /**
     * A year whose due dates lie far ahead: its forms arm their reminder and overdue timers for 2099, so
     * none fires while a test runs (a 2020 form, created after its due date, fires them at once).
     */
    public static final int FUTURE_YEAR = 2099;

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormActions() {
    }

    /** The real Kashgar monitoring table (2020年9月, 职工医疗) under another project name. */
    public static ObjectNode monitoringDocument(String project) {
        try {
            ObjectNode doc = (ObjectNode) JSON.readTree(Fixtures.read(Fixtures.MONITORING_MEDICAL));
            doc.put("project", project);
            return doc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same table filed for {@link #FUTURE_YEAR}. */
    public static ObjectNode futureMonitoringDocument(String project) {
        ObjectNode doc = monitoringDocument(project);
        doc.put("year", FUTURE_YEAR);
        return doc;
    }

    /** Creates the form as {@code filer}; fails the test unless it is created. */
    public static long create(ApiClient filer, JsonNode document) {
        Response created = filer.post("/api/forms", document.toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    /** The id of the user's open task named {@code key} on the form. */
    public static String openTask(ApiClient user, long formId, String key) {
        JsonNode items = user.get("/api/tasks?scope=todo&size=200").json().path("items");
        for (JsonNode item : items) {
            if (item.path("formId").asLong() == formId && item.path("key").asText().equals(key)) {
                return item.path("taskId").asText();
            }
        }
        throw new AssertionError("no open task " + key + " for form " + formId + " in " + items);
    }

    /** A submitted form through 单位审核, 地区审核 and 领导签发: SIGNED at the end. */
    public static void approveAndSign(ApiClient head, ApiClient reviewer, ApiClient leader, long formId) {
        complete(head, formId, "unitReview", "{\"decision\":\"APPROVE\"}");
        complete(reviewer, formId, "prefectureReview", "{\"decision\":\"APPROVE\"}");
        Response signed = complete(leader, formId, "signOff", "{\"decision\":\"SIGN\"}");
        assertThat(signed.json().path("status").asText()).isEqualTo("SIGNED");
    }

    /** Completes the user's open task {@code key} on the form; fails the test unless it answers 200. */
    public static Response complete(ApiClient user, long formId, String key, String body) {
        Response r = user.post("/api/tasks/" + openTask(user, formId, key) + "/complete", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r;
    }

    /** acknowledgedWarnings explaining every WARNING among the findings with the same note. */
    public static String ackAll(JsonNode findings, String note) {
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
    public static Response submit(ApiClient filer, long formId, String taskKey) {
        JsonNode findings = filer.get("/api/forms/" + formId).json().path("findings");
        return filer.post("/api/tasks/" + openTask(filer, formId, taskKey) + "/complete",
                "{\"decision\":\"SUBMIT\",\"acknowledgedWarnings\":" + ackAll(findings, "已核实") + "}");
    }
}
