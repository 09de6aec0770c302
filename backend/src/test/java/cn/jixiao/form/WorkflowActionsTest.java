package cn.jixiao.form;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.Fixtures;
import cn.jixiao.support.H2Test;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Recall, claim/unclaim, target-before-sign-off and the reminder timers, on H2 with the real engine. */
@H2Test
class WorkflowActionsTest extends FormApiTestBase {

    @Autowired
    ManagementService management;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    long submitted(ApiClient filer, String fixture, String project) throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(Fixtures.read(fixture));
        doc.put("project", project);
        Response created = filer.post("/api/forms", doc.toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        Response r = filer.post("/api/tasks/" + openTask(filer, id, "draft") + "/complete",
                "{\"decision\":\"SUBMIT\",\"acknowledgedWarnings\":" + ackAll(created.json().path("findings"), "已核实") + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return id;
    }

    @Test
    void filerRecallsUntilTheUnitHeadActs() throws Exception {
        ApiClient filer = as("ks_filer");
        long id = submitted(filer, Fixtures.MONITORING_PENSION, "撤回测试 " + System.nanoTime());

        Response recalled = filer.post("/api/forms/" + id + "/recall", "{}");
        assertThat(recalled.status()).as(recalled.body()).isEqualTo(200);
        assertThat(recalled.json().path("status").asText()).isEqualTo("DRAFT");
        assertThat(as("ks_head").get("/api/tasks?scope=todo&size=200").body()).doesNotContain("\"formId\":" + id + ",");

        // submitted again, the head claims it: now it is too late
        assertThat(submit(filer, id, "draft").status()).isEqualTo(200);
        ApiClient head = as("ks_head");
        assertThat(head.post("/api/tasks/" + openTask(head, id, "unitReview") + "/claim", "{}").status()).isEqualTo(200);
        assertThat(filer.post("/api/forms/" + id + "/recall", "{}").status()).isEqualTo(409);
        assertThat(as("ks_reviewer").post("/api/forms/" + id + "/recall", "{}").status()).isEqualTo(403);
    }

    @Test
    void aClaimedTaskBelongsToItsClaimerUntilUnclaimed() throws Exception {
        long id = submitted(as("ksrs_filer"), Fixtures.MONITORING_PENSION, "领取测试 " + System.nanoTime());
        ApiClient head = as("ksrs_head");
        String task = openTask(head, id, "unitReview");

        assertThat(head.post("/api/tasks/" + task + "/claim", "{}").status()).isEqualTo(200);
        assertThat(head.post("/api/tasks/" + task + "/claim", "{}").status()).isEqualTo(409);
        assertThat(as("ksrs_filer").post("/api/tasks/" + task + "/complete", "{\"decision\":\"APPROVE\"}").status())
                .isEqualTo(403);
        assertThat(head.post("/api/tasks/" + task + "/unclaim", "{}").status()).isEqualTo(200);
        assertThat(head.post("/api/tasks/" + task + "/complete", "{\"decision\":\"SIGN\"}").status()).isEqualTo(400);
        assertThat(head.post("/api/tasks/" + task + "/complete", "{\"decision\":\"APPROVE\"}").status()).isEqualTo(200);
        assertThat(head.post("/api/tasks/" + task + "/complete", "{\"decision\":\"APPROVE\"}").status()).isEqualTo(409);
    }

    @Test
    void monitoringCannotBeSignedWhileTheTargetOfTheSameFundAndYearIsUnsigned() throws Exception {
        ApiClient filer = as("kssi_filer");
        ObjectNode target = (ObjectNode) JSON.readTree(Fixtures.read(Fixtures.TARGET_MEDICAL));
        target.put("year", 2020);
        assertThat(filer.post("/api/forms", target.toString()).status()).isEqualTo(201);
        long id = submitted(filer, Fixtures.MONITORING_MEDICAL, "目标未签发 " + System.nanoTime());
        as("kssi_head").post("/api/tasks/" + openTask(as("kssi_head"), id, "unitReview") + "/complete", "{\"decision\":\"APPROVE\"}");
        ApiClient reviewer = as("ks_reviewer");
        reviewer.post("/api/tasks/" + openTask(reviewer, id, "prefectureReview") + "/complete", "{\"decision\":\"APPROVE\"}");

        ApiClient leader = as("ks_leader");
        Response blocked = leader.post("/api/tasks/" + openTask(leader, id, "signOff") + "/complete", "{\"decision\":\"SIGN\"}");

        assertThat(blocked.status()).isEqualTo(422);
        assertThat(blocked.json().path("error").asText()).isEqualTo("TARGET_NOT_SIGNED");
        assertThat(as("kssi_filer").get("/api/forms/" + id).json().path("status").asText()).isEqualTo("SIGN_OFF");
    }

    @Test
    void aSecondFormOfTheSameProjectAndPeriodCannotBeSubmitted() throws Exception {
        ApiClient filer = as("ksyb_filer");
        String project = "重复测试 " + System.nanoTime();
        createMonitoringForm(filer, project);
        long second = createMonitoringForm(filer, project);
        JsonNode findings = filer.get("/api/forms/" + second).json().path("findings");

        Response r = filer.post("/api/tasks/" + openTask(filer, second, "draft") + "/complete",
                "{\"decision\":\"SUBMIT\",\"acknowledgedWarnings\":" + ackAll(findings, "已核实") + "}");

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().path("findings").toString()).contains("DUPLICATE_FORM");
    }

    @Test
    void dashboardShowsThePrefecturesFormsOnlyToReviewersAndLeaders() throws Exception {
        long id = createMonitoringForm(as("ks_filer"), "总览测试 " + System.nanoTime());

        JsonNode kashgar = as("ks_leader").get("/api/dashboard?year=2020&type=MONITORING&monitorMonth=9").json();
        assertThat(kashgar.path("rows").toString()).contains("\"formId\":" + id + ",");
        assertThat(as("bz_reviewer").get("/api/dashboard?year=2020").json().path("rows").toString())
                .doesNotContain("\"formId\":" + id + ",");
        assertThat(as("ks_filer").get("/api/dashboard?year=2020").status()).isEqualTo(403);
        assertThat(as("ks_leader").get("/api/dashboard").status()).isEqualTo(400);
    }

    void fireTimers(String processInstance) {
        for (Job job : management.createJobQuery().processInstanceId(processInstance).timers().list()) {
            management.executeJob(job.getId());
        }
    }

    @Test
    void aFormEnteredAfterItsDueDateGetsOneOverdueNoticeOnce() throws Exception {
        ApiClient filer = as("ksyb2_filer");
        ObjectNode doc = (ObjectNode) JSON.readTree(Fixtures.read(Fixtures.MONITORING_MEDICAL));
        doc.put("project", "提醒测试 " + System.nanoTime());
        long id = filer.post("/api/forms", doc.toString()).json().path("id").asLong();
        String processInstance = jdbc.queryForObject("SELECT process_instance_id FROM form WHERE id = ?", String.class, id);

        // 2020年9月 monitoring is due 2020-10-10: past already, so both timers are due now
        ClockUtil.setCurrentTime(new Date());
        fireTimers(processInstance);
        // back to the filer after a recall: the timers re-arm and fire again, the notices do not repeat
        assertThat(submit(filer, id, "draft").status()).isEqualTo(200);
        assertThat(filer.post("/api/forms/" + id + "/recall", "{}").status()).isEqualTo(200);
        fireTimers(processInstance);

        // entered after its due date: one overdue notice, not "将于…到期" beside "已超过" as well
        List<String> notices = new ArrayList<>();
        for (JsonNode n : filer.get("/api/notifications").json().path("items")) {
            if (n.path("formId").asLong() == id) {
                notices.add(n.path("message").asText());
            }
        }
        assertThat(notices).singleElement().asString().contains("已超过截止日期 2020-10-10");
        assertThat(filer.get("/api/forms/" + id).json().path("overdue").asBoolean()).isTrue();
        JsonNode task = filer.get("/api/tasks?scope=todo").json().path("items").get(0);
        assertThat(task.path("overdue").asBoolean()).isTrue();
        assertThat(task.path("due").asText()).isEqualTo("2020-10-10");
    }
}
