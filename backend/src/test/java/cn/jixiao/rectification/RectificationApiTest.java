package cn.jixiao.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.attachment.TestFiles;
import cn.jixiao.form.FormApiTestBase;
import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.AtOnce;
import cn.jixiao.support.FormActions;
import cn.jixiao.support.H2Test;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Rectification (整改) over the API: required at each point, its three steps with returns, rules, scope, timers. */
@H2Test
class RectificationApiTest extends FormApiTestBase {

    @Autowired
    ManagementService management;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    static String order(String requirements, LocalDate due) {
        return "{\"requirements\":\"" + requirements + "\",\"due\":\"" + due + "\"}";
    }

    static LocalDate inDays(int days) {
        // the server's today: its clock runs in this JVM's zone (UTC here, Asia/Shanghai in the MariaDB pass)
        return LocalDate.now().plusDays(days);
    }

    /** A monitoring form of the unit of {@code filer}, signed by the 喀什 prefecture. */
    long signed(String filer, String head) {
        ApiClient f = as(filer);
        // a year of its own: another class's unsigned 目标表 of the fixture's year would block the signature (TARGET_NOT_SIGNED)
        ObjectNode doc = FormActions.monitoringDocument("整改测试 " + System.nanoTime());
        doc.put("year", 2097);
        long id = FormActions.create(f, doc);
        assertThat(submit(f, id, "draft").status()).isEqualTo(200);
        FormActions.approveAndSign(as(head), as("ks_reviewer"), as("ks_leader"), id);
        return id;
    }

    JsonNode rectifications(ApiClient user, long formId) {
        Response r = user.get("/api/forms/" + formId + "/rectifications");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void requiredOnASignedFormItGoesThroughReviewAndVerificationWithReturnsUntilAccepted() {
        long id = signed("ks_filer", "ks_head");
        ApiClient filer = as("ks_filer");
        ApiClient head = as("ks_head");
        ApiClient reviewer = as("ks_reviewer");

        Response required = reviewer.post("/api/forms/" + id + "/rectifications", order("补充享受待遇人次的核实材料", inDays(30)));
        assertThat(required.status()).as(required.body()).isEqualTo(201);
        long rid = required.json().path("id").asLong();
        assertThat(required.json().path("status").asText()).isEqualTo("OPEN");
        assertThat(required.json().path("task").path("key").asText()).isEqualTo("rectify");
        assertThat(required.json().path("requiredAtStep").asText()).isEqualTo("SIGNED");

        // evidence on the signed form belongs to the rectification; the form's own attachments stay frozen
        Response evidence = filer.upload("/api/forms/" + id + "/attachments", "file", "整改佐证.pdf", TestFiles.pdf(),
                Map.of("kind", "RECTIFICATION"));
        assertThat(evidence.status()).as(evidence.body()).isEqualTo(201);
        assertThat(rectifications(filer, id).get(0).path("attachments").get(0).path("name").asText()).isEqualTo("整改佐证.pdf");

        String rectify = openTask(filer, id, "rectify");
        Response noReport = filer.post("/api/tasks/" + rectify + "/complete", "{\"decision\":\"SUBMIT\"}");
        assertThat(noReport.status()).isEqualTo(422);
        assertThat(noReport.json().path("error").asText()).isEqualTo("REPORT_MISSING");
        assertThat(head.put("/api/rectifications/" + rid, "{\"report\":\"x\"}").status()).isEqualTo(403);
        assertThat(filer.put("/api/rectifications/" + rid, "{\"report\":\"已补充核实材料，人次按1-9月累计口径更正。\"}").status())
                .isEqualTo(200);
        assertThat(filer.post("/api/tasks/" + rectify + "/complete", "{\"decision\":\"SUBMIT\"}").status()).isEqualTo(200);
        assertThat(rectifications(filer, id).get(0).path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(filer.put("/api/rectifications/" + rid, "{\"report\":\"改\"}").status()).isEqualTo(409);

        String review = openTask(head, id, "rectifyReview");
        assertThat(head.post("/api/tasks/" + review + "/complete", "{\"decision\":\"RETURN\"}").status()).isEqualTo(400);
        assertThat(head.post("/api/tasks/" + review + "/complete", "{\"decision\":\"ACCEPT\"}").status()).isEqualTo(400);
        FormActions.complete(head, id, "rectifyReview", "{\"decision\":\"APPROVE\"}");

        FormActions.complete(reviewer, id, "rectifyVerify", "{\"decision\":\"RETURN\",\"comment\":\"请附上更正后的台账\"}");
        assertThat(rectifications(filer, id).get(0).path("status").asText()).isEqualTo("OPEN");
        FormActions.complete(filer, id, "rectify", "{\"decision\":\"SUBMIT\"}");
        FormActions.complete(head, id, "rectifyReview", "{\"decision\":\"APPROVE\"}");
        FormActions.complete(reviewer, id, "rectifyVerify", "{\"decision\":\"ACCEPT\",\"comment\":\"整改到位\"}");

        JsonNode done = rectifications(filer, id).get(0);
        assertThat(done.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(done.path("task").isNull()).isTrue();
        assertThat(done.path("acceptedAt").asText()).isNotBlank();
        List<String> steps = new ArrayList<>();
        done.path("history").forEach(h -> steps.add(h.path("action").asText()));
        assertThat(steps).containsExactly("RECTIFY_REQUIRE", "RECTIFY_SUBMIT", "RECTIFY_APPROVE", "RECTIFY_RETURN",
                "RECTIFY_SUBMIT", "RECTIFY_APPROVE", "RECTIFY_ACCEPT");
        List<String> formHistory = new ArrayList<>();
        filer.get("/api/forms/" + id + "/history").json().forEach(h -> formHistory.add(h.path("action").asText()));
        assertThat(formHistory).containsSubsequence("SIGN", "RECTIFY_REQUIRE", "RECTIFY_RETURN", "RECTIFY_ACCEPT");
        assertThat(filer.get("/api/forms/" + id).json().path("status").asText()).isEqualTo("SIGNED");
        // the evidence of an accepted rectification is frozen too
        assertThat(filer.delete("/api/attachments/" + evidence.json().path("id").asLong()).status()).isEqualTo(409);
    }

    @Test
    void theReviewerRequiresOneAtApprovalAndTheLeaderAnotherAtSignOff() {
        ApiClient filer = as("ksyb_filer");
        long id = createMonitoringForm(filer, "整改随审批 " + System.nanoTime());
        assertThat(submit(filer, id, "draft").status()).isEqualTo(200);
        FormActions.complete(as("ksyb_head"), id, "unitReview", "{\"decision\":\"APPROVE\"}");
        ApiClient reviewer = as("ks_reviewer");
        String review = openTask(reviewer, id, "prefectureReview");

        // a bad order fails the whole decision: the form is still with the reviewer. Two days back, because the
        // server's day (its Clock's zone) and this test's (Beijing) differ by one between 16:00 and 24:00 UTC
        assertThat(reviewer.post("/api/tasks/" + review + "/complete",
                "{\"decision\":\"APPROVE\",\"rectification\":" + order("补材料", inDays(-2)) + "}").status()).isEqualTo(400);
        assertThat(reviewer.post("/api/tasks/" + review + "/complete",
                "{\"decision\":\"APPROVE\",\"rectification\":{\"requirements\":\" \",\"due\":\"" + inDays(5) + "\"}}").status())
                .isEqualTo(400);
        assertThat(reviewer.post("/api/tasks/" + review + "/complete",
                "{\"decision\":\"RETURN\",\"comment\":\"x\",\"rectification\":" + order("补材料", inDays(5)) + "}").status())
                .isEqualTo(400);
        assertThat(filer.get("/api/forms/" + id).json().path("status").asText()).isEqualTo("PREFECTURE_REVIEW");
        assertThat(rectifications(filer, id)).isEmpty();

        FormActions.complete(reviewer, id, "prefectureReview",
                "{\"decision\":\"APPROVE\",\"rectification\":" + order("完善资金执行进度说明", inDays(20)) + "}");
        JsonNode form = filer.get("/api/forms/" + id).json();
        assertThat(form.path("status").asText()).isEqualTo("SIGN_OFF");
        assertThat(form.path("task").path("key").asText()).isEqualTo("signOff"); // the form's own step, not the rectification's
        assertThat(rectifications(filer, id)).singleElement()
                .satisfies(r -> assertThat(r.path("requiredAtStep").asText()).isEqualTo("prefectureReview"));
        openTask(filer, id, "rectify");

        FormActions.complete(as("ks_leader"), id, "signOff",
                "{\"decision\":\"SIGN\",\"rectification\":" + order("下年度预算编制前完成整改", inDays(60)) + "}");
        assertThat(filer.get("/api/forms/" + id).json().path("status").asText()).isEqualTo("SIGNED");
        JsonNode both = rectifications(filer, id);
        assertThat(both).hasSize(2);
        assertThat(both.get(1).path("requiredAtStep").asText()).isEqualTo("signOff");
        assertThat(both.get(1).path("requiredBy").asText()).isEqualTo("ks_leader");
    }

    @Test
    void onlyThePrefectureRequiresOneOnlyOnSignedFormsOfItsOwnUnits() {
        ApiClient filer = as("kssi_filer");
        long draft = createMonitoringForm(filer, "整改权限 " + System.nanoTime());
        assertThat(as("ks_reviewer").post("/api/forms/" + draft + "/rectifications", order("x", inDays(3))).status())
                .isEqualTo(409);
        long id = signed("kssi_filer", "kssi_head");
        assertThat(filer.post("/api/forms/" + id + "/rectifications", order("x", inDays(3))).status()).isEqualTo(403);
        assertThat(as("kssi_head").post("/api/forms/" + id + "/rectifications", order("x", inDays(3))).status()).isEqualTo(403);
        assertThat(as("bz_reviewer").post("/api/forms/" + id + "/rectifications", order("x", inDays(3))).status()).isEqualTo(404);
        assertThat(as("bz_leader").get("/api/forms/" + id + "/rectifications").status()).isEqualTo(404);
        assertThat(as("ks_leader").post("/api/forms/" + id + "/rectifications", "{\"requirements\":\"x\",\"due\":\"明天\"}")
                .status()).isEqualTo(400);
        Response ok = as("ks_leader").post("/api/forms/" + id + "/rectifications", order("整改", inDays(3)));
        assertThat(ok.status()).isEqualTo(201);
        long rid = ok.json().path("id").asLong();
        assertThat(as("hj_filer").get("/api/rectifications/" + rid).status()).isEqualTo(404);
        assertThat(as("hj_filer").put("/api/rectifications/" + rid, "{\"report\":\"x\"}").status()).isEqualTo(404);
        assertThat(as("ksyb_filer").upload("/api/forms/" + id + "/attachments", "file", "a.png", TestFiles.png()).status())
                .isEqualTo(404);
        // another filer of the prefecture cannot attach to it; the unit's filer can
        assertThat(filer.upload("/api/forms/" + id + "/attachments", "file", "a.png", TestFiles.png()).status()).isEqualTo(201);
    }

    @Test
    void twoVerifiersAtOnceOneWinsTheOther409() {
        long id = signed("ksrs_filer", "ksrs_head");
        ApiClient filer = as("ksrs_filer");
        long rid = as("ks_reviewer").post("/api/forms/" + id + "/rectifications", order("整改", inDays(10))).json().path("id").asLong();
        filer.put("/api/rectifications/" + rid, "{\"report\":\"已整改\"}");
        FormActions.complete(filer, id, "rectify", "{\"decision\":\"SUBMIT\"}");
        FormActions.complete(as("ksrs_head"), id, "rectifyReview", "{\"decision\":\"APPROVE\"}");
        String verify = openTask(as("ks_reviewer"), id, "rectifyVerify");
        List<ApiClient> sessions = List.of(as("ks_reviewer"), as("ks_reviewer"), as("ks_reviewer"), as("ks_reviewer"));
        List<Supplier<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            ApiClient s = sessions.get(i);
            String body = i % 2 == 0 ? "{\"decision\":\"ACCEPT\"}" : "{\"decision\":\"RETURN\",\"comment\":\"再补充\"}";
            calls.add(() -> s.post("/api/tasks/" + verify + "/complete", body).status());
        }
        List<Integer> statuses = AtOnce.run(calls);
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        JsonNode r = rectifications(filer, id).get(0);
        assertThat(r.path("history")).hasSize(4); // require, submit, approve, and one decision
    }

    @Test
    void theFilerIsRemindedAndTheRectificationMarkedOverdueWhenTheClockPassesItsDue() {
        long id = signed("ks_filer", "ks_head");
        long rid = as("ks_reviewer").post("/api/forms/" + id + "/rectifications", order("逾期测试", inDays(10)))
                .json().path("id").asLong();
        String instance = jdbc.queryForObject("SELECT process_instance_id FROM rectification WHERE id = ?", String.class, rid);

        ClockUtil.setCurrentTime(Date.from(inDays(12).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant()));
        for (Job job : management.createJobQuery().processInstanceId(instance).timers().executable().list()) {
            management.executeJob(job.getId());
        }
        assertThat(jdbc.queryForObject("SELECT overdue FROM rectification WHERE id = ?", Boolean.class, rid)).isTrue();
        List<String> kinds = jdbc.queryForList("SELECT kind FROM notification WHERE form_id = ? AND username = 'ks_filer'",
                String.class, id);
        assertThat(kinds).contains("RECTIFY_REQUIRED", "RECTIFY_REMINDER", "RECTIFY_OVERDUE");
        assertThat(rectifications(as("ks_filer"), id).get(0).path("overdue").asBoolean()).isTrue();
        openTask(as("ks_filer"), id, "rectify"); // still the filer's to do
    }
}
