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
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A monitoring form from a real table, taken by the API from draft to SIGNED with a return on the
 * way; an evaluation form through the whole cycle; concurrency, scoping and bad input. Runs on H2
 * and on MariaDB.
 */
abstract class FormLifecycleContract extends FormApiTestBase {

    @Test
    void monitoringFormGoesFromDraftToSignedWithAReturnOnTheWay() throws Exception {
        ApiClient filer = as("ks_filer");
        long id = createMonitoringForm(filer, "喀什市城镇职工基本医疗保险基金支出 " + System.nanoTime());
        JsonNode form = filer.get("/api/forms/" + id).json();
        assertThat(form.path("status").asText()).isEqualTo("DRAFT");
        assertThat(form.path("task").path("key").asText()).isEqualTo("draft");
        assertThat(form.path("computed").path("executionRate").decimalValue()).isEqualByComparingTo("68.77");

        // a WARNING without a note blocks the submission and nothing moves
        String draft = openTask(filer, id, "draft");
        Response blocked = filer.post("/api/tasks/" + draft + "/complete", "{\"decision\":\"SUBMIT\"}");
        assertThat(blocked.status()).isEqualTo(422);
        assertThat(blocked.json().path("error").asText()).isEqualTo("WARNINGS_NOT_ACKNOWLEDGED");
        assertThat(blocked.json().path("findings").get(0).path("code").asText()).isEqualTo("INDICATOR_RATE_MISMATCH");
        assertThat(filer.get("/api/forms/" + id).json().path("status").asText()).isEqualTo("DRAFT");

        String acks = ackAll(form.path("findings"), "完成率按时间进度折算");
        Response submitted = filer.post("/api/tasks/" + draft + "/complete",
                "{\"decision\":\"SUBMIT\",\"acknowledgedWarnings\":" + acks + "}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().path("status").asText()).isEqualTo("UNIT_REVIEW");

        ApiClient head = as("ks_head");
        Response approved = head.post("/api/tasks/" + openTask(head, id, "unitReview") + "/complete",
                "{\"decision\":\"APPROVE\"}");
        assertThat(approved.json().path("status").asText()).isEqualTo("PREFECTURE_REVIEW");

        ApiClient reviewer = as("ks_reviewer");
        String review = openTask(reviewer, id, "prefectureReview");
        assertThat(reviewer.post("/api/tasks/" + review + "/complete", "{\"decision\":\"RETURN\"}").status())
                .isEqualTo(400);
        Response returned = reviewer.post("/api/tasks/" + review + "/complete",
                "{\"decision\":\"RETURN\",\"comment\":\"享受待遇人次偏低，请核实\","
                        + "\"fieldComments\":[{\"path\":\"indicators[1].actual\",\"comment\":\"70.98万人次是否为1-9月累计？\"}]}");
        assertThat(returned.json().path("status").asText()).isEqualTo("RETURNED");

        // the filer corrects; the form passes the unit again (correction.viaUnitHead) and goes back to the reviewer
        JsonNode current = filer.get("/api/forms/" + id).json();
        ObjectNode edited = (ObjectNode) current.path("form");
        ((ObjectNode) edited.path("indicators").get(1)).put("actual", "72.10万人次");
        Response saved = filer.put("/api/forms/" + id,
                "{\"version\":" + current.path("version").asInt() + ",\"form\":" + edited + "}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().path("version").asInt()).isEqualTo(current.path("version").asInt() + 1);
        Response stale = filer.put("/api/forms/" + id,
                "{\"version\":" + current.path("version").asInt() + ",\"form\":" + edited + "}");
        assertThat(stale.status()).isEqualTo(409);

        Response resubmitted = filer.post("/api/tasks/" + openTask(filer, id, "correct") + "/complete",
                "{\"decision\":\"SUBMIT\",\"acknowledgedWarnings\":" + ackAll(saved.json().path("findings"), "已核实") + "}");
        assertThat(resubmitted.json().path("status").asText()).isEqualTo("UNIT_REVIEW");
        assertThat(head.post("/api/tasks/" + openTask(head, id, "unitReview") + "/complete",
                "{\"decision\":\"APPROVE\"}").json().path("status").asText()).isEqualTo("PREFECTURE_REVIEW");

        assertThat(reviewer.post("/api/tasks/" + openTask(reviewer, id, "prefectureReview") + "/complete",
                "{\"decision\":\"APPROVE\"}").json().path("status").asText()).isEqualTo("SIGN_OFF");

        ApiClient leader = as("ks_leader");
        Response signed = leader.post("/api/tasks/" + openTask(leader, id, "signOff") + "/complete", "{\"decision\":\"SIGN\"}");
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(signed.json().path("status").asText()).isEqualTo("SIGNED");

        JsonNode signedForm = filer.get("/api/forms/" + id).json();
        assertThat(signedForm.path("signedBy").asText()).isEqualTo("ks_leader");
        assertThat(signedForm.path("snapshotSha256").asText()).hasSize(64);
        assertThat(signedForm.path("task").isNull()).isTrue();

        List<String> actions = new ArrayList<>();
        filer.get("/api/forms/" + id + "/history").json().forEach(h -> actions.add(h.path("action").asText()));
        assertThat(actions).containsExactly("CREATE", "SUBMIT", "APPROVE", "RETURN", "SUBMIT", "APPROVE", "APPROVE", "SIGN");
        JsonNode returnEntry = filer.get("/api/forms/" + id + "/history").json().get(3);
        assertThat(returnEntry.path("actor").asText()).isEqualTo("ks_reviewer");
        assertThat(returnEntry.path("comment").asText()).isEqualTo("享受待遇人次偏低，请核实");
        assertThat(returnEntry.path("fieldComments").get(0).path("path").asText()).isEqualTo("indicators[1].actual");

        Response afterSign = filer.put("/api/forms/" + id,
                "{\"version\":" + signedForm.path("version").asInt() + ",\"form\":" + signedForm.path("form") + "}");
        assertThat(afterSign.status()).isEqualTo(409);
        assertThat(reviewer.get("/api/tasks?scope=done").json().path("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForList("SELECT action FROM audit_log WHERE form_id = ? ORDER BY id", String.class, id))
                .containsSubsequence("FORM_CREATE", "TASK_COMPLETE", "FORM_SAVE", "TASK_COMPLETE");
        assertThat(jdbc.queryForObject("SELECT remote_ip FROM audit_log WHERE form_id = ? AND action = 'FORM_CREATE'",
                String.class, id)).isNotBlank();
    }

    @Test
    void evaluationFormNeedsItsReportAndConsistentBudgetThenGoesThroughTheCycle() throws Exception {
        ApiClient filer = as("ks_filer");
        ObjectNode doc = (ObjectNode) JSON.readTree(Fixtures.read(Fixtures.EVALUATION_PENSION));
        doc.put("project", "城乡居民基本养老保险基金 " + System.nanoTime());
        ((ObjectNode) doc.path("report").path("sections")).putNull("plans");
        Response created = filer.post("/api/forms", doc.toString());
        long id = created.json().path("id").asLong();
        String draft = openTask(filer, id, "draft");

        // the real table's ERROR: the report's 预算支出总额 5835.88 is not the table's 6061.54
        Response blocked = filer.post("/api/tasks/" + draft + "/complete", "{\"decision\":\"SUBMIT\"}");
        assertThat(blocked.status()).isEqualTo(422);
        assertThat(blocked.json().path("findings").get(0).path("code").asText()).isEqualTo("EVAL_BUDGET_INCONSISTENT");

        ((ObjectNode) doc.path("report")).put("budgetedExpense", doc.path("budget").path("planned").path("total").decimalValue());
        ((ObjectNode) doc.path("report")).put("budgetCompletionPct", 100);
        int version = created.json().path("version").asInt();
        assertThat(filer.put("/api/forms/" + id, "{\"version\":" + version + ",\"form\":" + doc + "}").status()).isEqualTo(200);
        Response noReport = filer.post("/api/tasks/" + draft + "/complete", "{\"decision\":\"SUBMIT\"}");
        assertThat(noReport.status()).isEqualTo(422);
        assertThat(noReport.json().path("findings").get(0).path("path").asText()).isEqualTo("report.sections.plans");

        ((ObjectNode) doc.path("report").path("sections")).put("plans", "加强基金监管，确保基金安全。");
        assertThat(filer.put("/api/forms/" + id, "{\"version\":" + (version + 1) + ",\"form\":" + doc + "}").status()).isEqualTo(200);
        Response submitted = submit(filer, id, "draft");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);

        ApiClient head = as("ks_head");
        head.post("/api/tasks/" + openTask(head, id, "unitReview") + "/complete", "{\"decision\":\"APPROVE\"}");
        ApiClient reviewer = as("ks_reviewer");
        reviewer.post("/api/tasks/" + openTask(reviewer, id, "prefectureReview") + "/complete", "{\"decision\":\"APPROVE\"}");
        ApiClient leader = as("ks_leader");
        // the leader sends it back to the filer; the unit re-seals the correction, which then goes straight to the leader
        leader.post("/api/tasks/" + openTask(leader, id, "signOff") + "/complete",
                "{\"decision\":\"RETURN\",\"returnTo\":\"FILER\",\"comment\":\"请补充经验做法\"}");
        assertThat(submit(filer, id, "correct").json().path("status").asText()).isEqualTo("UNIT_REVIEW");
        assertThat(head.post("/api/tasks/" + openTask(head, id, "unitReview") + "/complete", "{\"decision\":\"APPROVE\"}")
                .json().path("status").asText()).isEqualTo("SIGN_OFF");
        Response signed = leader.post("/api/tasks/" + openTask(leader, id, "signOff") + "/complete", "{\"decision\":\"SIGN\"}");

        assertThat(signed.json().path("status").asText()).isEqualTo("SIGNED");
        assertThat(filer.get("/api/forms/" + id).json().path("computed").path("grade").asText()).isNotBlank();
    }

    @Test
    void eightPeopleCompletingOneTaskOneWins() throws Exception {
        ApiClient filer = as("ksyb_filer");
        long id = createMonitoringForm(filer, "并发测试 " + System.nanoTime());
        JsonNode findings = filer.get("/api/forms/" + id).json().path("findings");
        String task = openTask(filer, id, "draft");
        String body = "{\"decision\":\"SUBMIT\",\"acknowledgedWarnings\":" + ackAll(findings, "已核实") + "}";
        List<ApiClient> sessions = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sessions.add(as("ksyb_filer"));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> results = new ArrayList<>();
        for (ApiClient session : sessions) {
            Callable<Integer> call = () -> {
                start.await();
                return session.post("/api/tasks/" + task + "/complete", body).status();
            };
            results.add(pool.submit(call));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> r : results) {
            statuses.add(r.get());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(7);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM form_history WHERE form_id = ? AND action = 'SUBMIT'",
                Integer.class, id)).isEqualTo(1);
    }

    @Test
    void twoEditsOfTheSameVersionAtOnceOneWins() throws Exception {
        ApiClient filer = as("ksrs_filer");
        long id = createMonitoringForm(filer, "同时修改 " + System.nanoTime());
        JsonNode current = filer.get("/api/forms/" + id).json();
        List<ApiClient> sessions = List.of(as("ksrs_filer"), as("ksrs_filer"), as("ksrs_filer"), as("ksrs_filer"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            ObjectNode edited = (ObjectNode) current.path("form").deepCopy();
            edited.put("project", "同时修改 第" + i + "人");
            String body = "{\"version\":" + current.path("version").asInt() + ",\"form\":" + edited + "}";
            ApiClient session = sessions.get(i);
            results.add(pool.submit(() -> {
                start.await();
                return session.put("/api/forms/" + id, body).status();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> r : results) {
            statuses.add(r.get());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(sessions.size() - 1);
        assertThat(filer.get("/api/forms/" + id + "/versions").json()).hasSize(2);
    }

    @Test
    void anotherCountyAndAnotherPrefectureSeeNothing() throws Exception {
        long id = createMonitoringForm(as("ks_filer"), "范围测试 " + System.nanoTime());
        String task = openTask(as("ks_filer"), id, "draft");

        for (String outsider : List.of("hj_filer", "hj_head", "bz_reviewer", "bz_leader", "ksyb_filer")) {
            ApiClient client = as(outsider);
            assertThat(client.get("/api/forms/" + id).status()).as(outsider).isEqualTo(404);
            assertThat(client.get("/api/forms/" + id + "/history").status()).as(outsider).isEqualTo(404);
            assertThat(client.get("/api/forms?size=200").body()).as(outsider).doesNotContain("范围测试");
            assertThat(client.get("/api/tasks?scope=todo&size=200").body()).as(outsider).doesNotContain(task);
            assertThat(client.post("/api/tasks/" + task + "/claim", "{}").status()).as(outsider).isEqualTo(404);
            assertThat(client.post("/api/tasks/" + task + "/complete", "{\"decision\":\"SUBMIT\"}").status())
                    .as(outsider).isEqualTo(404);
        }
        assertThat(as("ks_reviewer").get("/api/forms/" + id).status()).isEqualTo(200);
    }

    @Test
    void badInputIsAClear400() {
        ApiClient filer = as("ks_filer");
        Response malformed = filer.post("/api/forms", "{\"schema\":");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("message").asText()).contains("JSON");

        Response unknownKey = filer.post("/api/forms", Fixtures.read(Fixtures.MONITORING_MEDICAL).replaceFirst("\\{", "{\"foo\":1,"));
        assertThat(unknownKey.status()).isEqualTo(400);
        assertThat(unknownKey.json().path("message").asText()).contains("foo");

        Response wrongType = filer.post("/api/forms", Fixtures.read(Fixtures.MONITORING_MEDICAL).replace("\"year\": 2020", "\"year\": \"二〇二〇\""));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().path("message").asText()).contains("year");

        Response tooLong = filer.post("/api/forms", Fixtures.read(Fixtures.MONITORING_MEDICAL)
                .replace("\"name\": \"参保人数\"", "\"name\": \"" + "参".repeat(301) + "\""));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().path("message").asText()).contains("indicators[0].name");

        long id = createMonitoringForm(filer, "信封 " + System.nanoTime());
        String form = filer.get("/api/forms/" + id).json().path("form").toString();
        for (String[] bad : new String[][] {
            {"{\"version\":\"1\",\"form\":" + form + "}", "字段 version 应为整数"},
            {"{\"version\":1.5,\"form\":" + form + "}", "字段 version 应为整数"},
            {"{\"version\":1,\"form\":" + form + ",\"note\":1}", "未知字段 note"},
            {"{\"version\":1}", "缺少字段 form"},
            {"{\"form\":" + form + "}", "缺少字段 version"},
            {"{\"version\":1,\"form\":[]}", "字段 form 应为对象"},
            {"{\"version\":1,\"form\":" + form.replaceFirst("\\{", "{\"foo\":1,") + "}", "未知字段 foo"}}) {
            Response r = filer.put("/api/forms/" + id, bad[0]);
            assertThat(r.status()).as(bad[1]).isEqualTo(400);
            assertThat(r.json().path("message").asText()).isEqualTo(bad[1]);
        }
        assertThat(filer.put("/api/forms/" + id, "{\"version\":1,\"form\":" + form + "}").status()).isEqualTo(200);

        assertThat(filer.get("/api/forms?size=0").status()).isEqualTo(400);
        assertThat(filer.get("/api/forms?size=201").status()).isEqualTo(400);
        assertThat(filer.get("/api/forms?page=-1").status()).isEqualTo(400);
        assertThat(filer.get("/api/tasks?scope=everything").status()).isEqualTo(400);
        assertThat(filer.get("/api/forms/999999999").status()).isEqualTo(404);
    }

    @Test
    void aHugeBodyIs413() {
        String huge = "{\"schema\":\"jixiao-form/1\",\"project\":\"" + "很".repeat(1_100_000) + "\"}";
        assertThat(as("ks_filer").post("/api/forms", huge).status()).isEqualTo(413);
    }

    @Test
    void onlyFilersCreateForms() {
        Response r = as("ks_reviewer").post("/api/forms", Fixtures.read(Fixtures.MONITORING_MEDICAL));
        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void validateIsStatelessAndReportsFindings() {
        Response r = as("ks_head").post("/api/forms/validate", Fixtures.read(Fixtures.EVALUATION_PENSION));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("findings").get(0).path("code").asText()).isEqualTo("EVAL_BUDGET_INCONSISTENT");
        assertThat(r.json().path("computed").path("timeProgress").asInt()).isEqualTo(100);
    }
}
