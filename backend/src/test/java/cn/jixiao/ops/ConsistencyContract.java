package cn.jixiao.ops;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.form.FormApiTestBase;
import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.FormActions;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * GET /api/admin/consistency on real data: forms made through the API are consistent; then each test
 * breaks one thing directly in the database or the engine, as a bug or a manual repair would, finds
 * it reported on the right form, and puts things right again so the other tests see a healthy system.
 * Runs on H2 and on MariaDB.
 */
abstract class ConsistencyContract extends FormApiTestBase {

    @Autowired
    RuntimeService runtime;

    @Test
    void formsMadeThroughTheApiAreConsistent() throws Exception {
        ApiClient filer = as("ks_filer");
        createMonitoringForm(filer, project("草稿"));
        long submitted = createMonitoringForm(filer, project("已提交"));
        assertThat(submit(filer, submitted, "draft").status()).isEqualTo(200);

        JsonNode report = check();
        assertThat(report.path("consistent").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.path("problems")).isEmpty();
        assertThat(report.path("truncated").asBoolean()).isFalse();
        assertThat(report.path("checks")).hasSize(ProblemKind.values().length)
                .allSatisfy(c -> assertThat(c.path("found").asLong()).isZero());
        assertThat(report.path("checks").get(0).path("title").asText()).isEqualTo("流程中的表单没有运行中的流程实例");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE username = 'admin' "
                + "AND action = 'CONSISTENCY_CHECK' AND detail = '一致'", Integer.class)).isPositive();
    }

    @Test
    void aFormRowDeletedUnderItsRunningInstanceIsFound() throws Exception {
        long id = createMonitoringForm(as("ks_filer"), project("删除表单"));
        String instance = processInstanceOf(id);
        for (String table : List.of("form_indicator", "form_version", "form_history", "form_snapshot")) {
            jdbc.update("DELETE FROM " + table + " WHERE form_id = ?", id);
        }
        jdbc.update("DELETE FROM form WHERE id = ?", id);
        try {
            JsonNode problem = onlyProblemOf(check(), id);
            assertThat(problem.path("code").asText()).isEqualTo("PROCESS_WITHOUT_FORM");
            assertThat(problem.path("processInstanceId").asText()).isEqualTo(instance);
            assertThat(problem.path("message").asText()).contains(instance, "没有这张表单");
        } finally {
            runtime.deleteProcessInstance(instance, "consistency test: repair");
        }
        assertThat(problemsOf(check(), id)).isEmpty();
    }

    @Test
    void aSubmittedFormWhoseInstanceWasDeletedIsFound() throws Exception {
        ApiClient filer = as("ks_filer");
        long id = createMonitoringForm(filer, project("删除流程"));
        assertThat(submit(filer, id, "draft").status()).isEqualTo(200);
        runtime.deleteProcessInstance(processInstanceOf(id), "consistency test: break");
        try {
            JsonNode problem = onlyProblemOf(check(), id);
            assertThat(problem.path("code").asText()).isEqualTo("FORM_WITHOUT_PROCESS");
            assertThat(problem.path("message").asText()).contains("单位审核", "没有运行中的流程实例");
        } finally {
            withdraw(id);
        }
        assertThat(problemsOf(check(), id)).isEmpty();
    }

    @Test
    void aDeletedInboxRowAndAnInboxRowWithoutTaskAreFound() throws Exception {
        long id = createMonitoringForm(as("ks_filer"), project("删除待办"));
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM inbox_task WHERE form_id = ?", id);
        String taskId = (String) row.get("task_id");
        jdbc.update("DELETE FROM inbox_task WHERE task_id = ?", taskId);
        String ghost = "ghost-" + System.nanoTime();
        jdbc.update("INSERT INTO inbox_task (task_id, form_id, task_key, task_name, assignee, org_path, form_type, "
                + "form_year, fund, unit_name, project, created_at) VALUES (?, ?, 'draft', '填报', 'ks_filer', ?, ?, ?, ?, ?, ?, ?)",
                ghost, id, row.get("org_path"), row.get("form_type"), row.get("form_year"), row.get("fund"),
                row.get("unit_name"), row.get("project"), row.get("created_at"));
        try {
            List<JsonNode> problems = problemsOf(check(), id);
            assertThat(problems).extracting(p -> p.path("code").asText() + " " + p.path("taskId").asText())
                    .containsExactlyInAnyOrder("TASK_WITHOUT_INBOX " + taskId, "INBOX_WITHOUT_TASK " + ghost);
        } finally {
            jdbc.update("DELETE FROM inbox_task WHERE task_id = ?", ghost);
            runtime.deleteProcessInstance(processInstanceOf(id), "consistency test: repair");
            withdraw(id);
        }
        assertThat(problemsOf(check(), id)).isEmpty();
    }

    @Test
    void aSecondInstanceForOneFormIsFound() throws Exception {
        long id = createMonitoringForm(as("ks_filer"), project("两个流程"));
        String first = processInstanceOf(id);
        String second = runtime.startProcessInstanceByKey("performance-monitoring", String.valueOf(id),
                runtime.getVariables(first)).getId();
        try {
            JsonNode problem = onlyProblemOf(check(), id);
            assertThat(problem.path("code").asText()).isEqualTo("SEVERAL_PROCESSES");
            assertThat(problem.path("message").asText()).contains("2 个运行中的流程实例", first, second);
        } finally {
            runtime.deleteProcessInstance(second, "consistency test: repair");
        }
        assertThat(problemsOf(check(), id)).isEmpty();
    }

    @Test
    void aStatusThatDisagreesWithTheOpenTaskIsFound() throws Exception {
        ApiClient filer = as("ks_filer");
        long id = createMonitoringForm(filer, project("状态不符"));
        assertThat(submit(filer, id, "draft").status()).isEqualTo(200);
        jdbc.update("UPDATE form SET status = 'SIGN_OFF' WHERE id = ?", id);
        try {
            JsonNode problem = onlyProblemOf(check(), id);
            assertThat(problem.path("code").asText()).isEqualTo("STATUS_NOT_MATCHING_TASK");
            assertThat(problem.path("message").asText()).contains("领导签发", "单位审核上报");
        } finally {
            jdbc.update("UPDATE form SET status = 'UNIT_REVIEW' WHERE id = ?", id);
        }
        assertThat(problemsOf(check(), id)).isEmpty();
    }

    @Test
    void twoSubmittedFormsForTheSameProjectAndPeriodAreFound() throws Exception {
        ApiClient filer = as("ks_filer");
        String project = project("重复");
        long first = createMonitoringForm(filer, project);
        long second = createMonitoringForm(filer, project + "（另一张）");
        assertThat(submit(filer, first, "draft").status()).isEqualTo(200);
        assertThat(submit(filer, second, "draft").status()).isEqualTo(200);
        jdbc.update("UPDATE form SET project = ? WHERE id = ?", " " + project, second); // spaces do not count
        try {
            JsonNode problem = onlyProblemOf(check(), second);
            assertThat(problem.path("code").asText()).isEqualTo("DUPLICATE_FORMS");
            assertThat(problem.path("message").asText()).contains("2 张已提交的表单：" + first + "、" + second);
        } finally {
            jdbc.update("UPDATE form SET project = ? WHERE id = ?", project + "（另一张）", second);
        }
        assertThat(problemsOf(check(), second)).isEmpty();
    }

    @Test
    void aRectificationWithoutItsInstanceAndAnInstanceWithoutItsRectificationAreFound() throws Exception {
        ApiClient filer = as("ks_filer");
        long id = createMonitoringForm(filer, project("整改"));
        assertThat(submit(filer, id, "draft").status()).isEqualTo(200);
        FormActions.approveAndSign(as("ks_head"), as("ks_reviewer"), as("ks_leader"), id);
        Response required = as("ks_reviewer").post("/api/forms/" + id + "/rectifications",
                "{\"requirements\":\"一致性\",\"due\":\"" + java.time.LocalDate.now().plusDays(30) + "\"}");
        long rid = required.json().path("id").asLong();
        String instance = jdbc.queryForObject("SELECT process_instance_id FROM rectification WHERE id = ?", String.class, rid);
        assertThat(problemsOf(check(), id)).isEmpty();

        // accepted in the table while its process still runs (a manual repair gone wrong)
        jdbc.update("UPDATE rectification SET status = 'ACCEPTED' WHERE id = ?", rid);
        JsonNode orphan = onlyProblemOf(check(), id);
        assertThat(orphan.path("code").asText()).isEqualTo("PROCESS_WITHOUT_RECTIFICATION");
        assertThat(orphan.path("processInstanceId").asText()).isEqualTo(instance);
        jdbc.update("UPDATE rectification SET status = 'OPEN' WHERE id = ?", rid);

        // its instance gone while it is still open
        runtime.deleteProcessInstance(instance, "consistency test: break");
        try {
            JsonNode problem = onlyProblemOf(check(), id);
            assertThat(problem.path("code").asText()).isEqualTo("RECTIFICATION_WITHOUT_PROCESS");
            assertThat(problem.path("message").asText()).contains("整改 " + rid, instance);
        } finally {
            jdbc.update("UPDATE rectification SET status = 'ACCEPTED' WHERE id = ?", rid);
        }
        assertThat(problemsOf(check(), id)).isEmpty();
    }

    @Test
    void anAttachmentMissingAChunkIsFound() throws Exception {
        ApiClient filer = as("ks_filer");
        long id = createMonitoringForm(filer, project("附件"));
        byte[] content = new byte[3 * 1024 * 1024];
        content[0] = '%';
        content[1] = 'P';
        content[2] = 'D';
        content[3] = 'F';
        content[4] = '-';
        long attachment = filer.upload("/api/forms/" + id + "/attachments", "file", "三段.pdf", content).json().path("id").asLong();
        assertThat(problemsOf(check(), id)).isEmpty();
        jdbc.update("DELETE FROM attachment_chunk WHERE attachment_id = ? AND seq = 1", attachment);
        try {
            JsonNode problem = onlyProblemOf(check(), id);
            assertThat(problem.path("code").asText()).isEqualTo("ATTACHMENT_CONTENT_MISSING");
            assertThat(problem.path("message").asText()).contains("三段.pdf", "应有 3 段", "只找到 2 段");
        } finally {
            assertThat(filer.delete("/api/attachments/" + attachment).status()).isEqualTo(204);
        }
        assertThat(problemsOf(check(), id)).isEmpty();
    }

    @Test
    void onlyAdminMayRunTheCheck() {
        for (String user : List.of("ks_filer", "ks_reviewer", "ks_leader")) {
            Response r = as(user).get("/api/admin/consistency");
            assertThat(r.status()).as(user).isEqualTo(403);
            assertThat(r.json().path("error").asText()).isEqualTo("FORBIDDEN");
        }
        assertThat(new ApiClient(port).get("/api/admin/consistency").status()).isEqualTo(401);
    }

    JsonNode check() {
        Response r = as("admin").get("/api/admin/consistency");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static List<JsonNode> problemsOf(JsonNode report, long formId) {
        List<JsonNode> found = new ArrayList<>();
        report.path("problems").forEach(p -> {
            if (p.path("formId").asLong() == formId) {
                found.add(p);
            }
        });
        return found;
    }

    static JsonNode onlyProblemOf(JsonNode report, long formId) {
        assertThat(report.path("consistent").asBoolean()).isFalse();
        List<JsonNode> problems = problemsOf(report, formId);
        assertThat(problems).as(report.toString()).hasSize(1);
        return problems.get(0);
    }

    String processInstanceOf(long formId) {
        return jdbc.queryForObject("SELECT process_instance_id FROM form WHERE id = ?", String.class, formId);
    }

    /** The repair for a form that lost its process: take it out of the running, as an administrator would. */
    void withdraw(long formId) {
        jdbc.update("UPDATE form SET status = 'WITHDRAWN' WHERE id = ?", formId);
    }

    static String project(String what) {
        return "一致性检查 " + what + " " + System.nanoTime();
    }
}
