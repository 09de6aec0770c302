package cn.jixiao.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.FormActions;
import cn.jixiao.support.H2Test;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Due dates, reminder lead time and the working-day calendar are settings per prefecture. */
@H2Test
class AdminDeadlinesTest extends AdminTestBase {

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Test
    void dueDateAndReminderOfNewFormsFollowTheirPrefecturesSettings() {
        ApiClient admin = as("admin");
        long kashgar = orgId("653100");
        try {
            Response changed = admin.put("/api/admin/settings", settings(kashgar,
                    Map.of("due.monitoring.day", "15", "reminder.leadDays", "7")));
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);

            long ks = createMonitoring(as("kssi_filer"), "期限设置测试"); // 喀什地区 本级, 监控时点 2020年9月
            assertThat(as("kssi_filer").get("/api/forms/" + ks).json().path("due").asText()).isEqualTo("2020-10-15");
            assertThat(variable(ks, "dueDate")).isEqualTo(endOf(LocalDate.of(2020, 10, 15)));
            assertThat(variable(ks, "reminderDate")).isEqualTo(endOf(LocalDate.of(2020, 10, 8)));

            long bz = createMonitoring(as("hj_filer"), "期限设置测试"); // 巴州 keeps the defaults
            assertThat(as("hj_filer").get("/api/forms/" + bz).json().path("due").asText()).isEqualTo("2020-10-10");
            assertThat(variable(bz, "reminderDate")).isEqualTo(endOf(LocalDate.of(2020, 10, 7)));
        } finally {
            admin.put("/api/admin/settings", settings(kashgar, Map.of("due.monitoring.day", "", "reminder.leadDays", "")));
        }
        assertThat(auditor().get("/api/admin/audit?action=ADMIN_SETTING_CHANGE&size=200").json().path("items").toString())
                .contains("喀什地区 监控表截止日：（未设置） → 15");
    }

    @Test
    void anExtendedDeadlineAlsoMovesTheFormsBeingFilledAndTheirTimers() {
        ApiClient admin = as("admin");
        long kashgar = orgId("653100");
        ApiClient filer = as("kssi_filer");
        ObjectNode doc = FormActions.monitoringDocument("延期测试");
        doc.put("year", 2099); // timers far ahead, so they wait to be re-dated instead of firing
        long form = FormActions.create(filer, doc);
        assertThat(filer.get("/api/forms/" + form).json().path("due").asText()).isEqualTo("2099-10-10");
        try {
            Response changed = admin.put("/api/admin/settings", settings(kashgar, Map.of("due.monitoring.day", "20")));
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);

            assertThat(filer.get("/api/forms/" + form).json().path("due").asText()).isEqualTo("2099-10-20");
            assertThat(jdbc.queryForObject("SELECT due_date FROM inbox_task WHERE form_id = ?", LocalDate.class, form))
                    .isEqualTo(LocalDate.of(2099, 10, 20));
            assertThat(variable(form, "dueDate")).isEqualTo(endOf(LocalDate.of(2099, 10, 20)));
            assertThat(variable(form, "reminderDate")).isEqualTo(endOf(LocalDate.of(2099, 10, 17)));
            String instance = jdbc.queryForObject("SELECT process_instance_id FROM form WHERE id = ?", String.class, form);
            assertThat(management.createJobQuery().processInstanceId(instance).timers().list())
                    .extracting(Job::getDuedate)
                    .containsExactlyInAnyOrder(endOf(LocalDate.of(2099, 10, 17)), endOf(LocalDate.of(2099, 10, 20)));
            assertThat(auditor().get("/api/admin/audit?action=ADMIN_DEADLINES_APPLIED&size=200").json().path("items")
                    .toString()).contains("喀什地区：");
        } finally {
            admin.put("/api/admin/settings", settings(kashgar, Map.of("due.monitoring.day", "")));
        }
        assertThat(filer.get("/api/forms/" + form).json().path("due").asText()).isEqualTo("2099-10-10");
    }

    @Test
    void badDeadlineValuesAreRefusedNamingTheSetting() {
        ApiClient admin = as("admin");
        for (Map.Entry<String, String> bad : Map.of("due.monitoring.day", "31", "due.target", "02-30",
                "due.evaluation", "2-29", "reminder.leadDays", "-1", "review.slaWorkingDays", "五").entrySet()) {
            Response r = admin.put("/api/admin/settings", settings(null, Map.of(bad.getKey(), bad.getValue())));
            assertThat(r.status()).as(bad + " " + r.body()).isEqualTo(400);
            assertThat(r.json().path("message").asText()).as(bad.toString()).contains(bad.getKey());
        }
        JsonNode view = admin.get("/api/admin/settings").json();
        assertThat(view.toString()).doesNotContain("\"systemValue\":\"31\"");
    }

    @Test
    void reviewTimeLimitCountsTheWorkingDaysOfThePrefecturesCalendar() {
        ApiClient admin = as("admin");
        long kashgar = orgId("653100");
        ZoneId zone = ZoneId.systemDefault();
        try {
            // national holiday 1–8 October, Saturday 10 October worked (调休); 喀什 also rests on Friday 9 October
            calendar(admin, null, "2026-10-01", "2026-10-08", "HOLIDAY", "国庆节、中秋节");
            calendar(admin, null, "2026-10-10", null, "WORKDAY", "调休上班");
            calendar(admin, kashgar, "2026-10-09", null, "HOLIDAY", "地区调整");
            JsonNode view = admin.get("/api/admin/calendar?prefectureId=" + kashgar + "&year=2026").json();
            assertThat(view.path("days").size()).isEqualTo(10);

            ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 9, 30, 10, 0).atZone(zone).toInstant()));
            long ks = createAndPassUnitReview("kssi_filer", "kssi_head");
            long bz = createAndPassUnitReview("hj_filer", "hj_head");
            // from Wednesday 30 September, five working days: 喀什 10, 12, 13, 14, 15 October; 巴州 from the 9th
            assertThat(reviewTimerDue(ks)).isEqualTo(LocalDateTime.of(2026, 10, 15, 10, 0));
            assertThat(reviewTimerDue(bz)).isEqualTo(LocalDateTime.of(2026, 10, 14, 10, 0));
        } finally {
            ClockUtil.reset();
            calendar(admin, null, "2026-10-01", "2026-10-10", "DEFAULT", null);
            calendar(admin, kashgar, "2026-10-09", null, "DEFAULT", null);
        }
        assertThat(admin.get("/api/admin/calendar?prefectureId=" + kashgar + "&year=2026").json().path("days").size())
                .isZero();
    }

    @Test
    void badCalendarChangesAreRefusedNamingTheField() {
        ApiClient admin = as("admin");
        Map<String, String> fieldOf = Map.of(
                json(Map.of("from", "2026-13-01", "kind", "HOLIDAY")), "from",
                json(Map.of("from", "2026-10-08", "to", "2026-10-01", "kind", "HOLIDAY")), "to",
                json(Map.of("from", "2026-01-01", "to", "2026-06-01", "kind", "HOLIDAY")), "62",
                json(Map.of("from", "2026-10-01", "kind", "休息")), "kind",
                json(Map.of("prefectureId", orgId("653101"), "from", "2026-10-01", "kind", "HOLIDAY")), "prefectureId");
        fieldOf.forEach((body, field) -> {
            Response r = admin.put("/api/admin/calendar", body);
            assertThat(r.status()).as(body + " " + r.body()).isEqualTo(400);
            assertThat(r.json().path("message").asText()).as(body).contains(field);
        });
        assertThat(admin.get("/api/admin/calendar?year=1999").status()).isEqualTo(400);
    }

    private long createAndPassUnitReview(String filerName, String headName) {
        ApiClient filer = as(filerName);
        long form = createMonitoring(filer, "工作日历测试");
        submitAndApproveByHead(filer, as(headName), form);
        return form;
    }

    /** The time-limit timer of the review cycle now waiting at 地区审核. */
    private LocalDateTime reviewTimerDue(long form) {
        List<Job> timers = management.createJobQuery().processDefinitionKey("review-cycle").timers().list().stream()
                .filter(j -> runtime.createProcessInstanceQuery().processInstanceId(j.getProcessInstanceId())
                        .processInstanceBusinessKey(String.valueOf(form)).count() == 1)
                .toList();
        assertThat(timers).hasSize(1);
        return LocalDateTime.ofInstant(timers.get(0).getDuedate().toInstant(), ZoneId.systemDefault());
    }

    private Object variable(long form, String name) {
        String instance = jdbc.queryForObject("SELECT process_instance_id FROM form WHERE id = ?", String.class, form);
        return runtime.getVariable(instance, name);
    }

    private static Date endOf(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    private static String settings(Long prefectureId, Map<String, String> values) {
        Map<String, Object> body = new HashMap<>();
        body.put("prefectureId", prefectureId);
        body.put("values", values);
        return json(body);
    }

    private static void calendar(ApiClient admin, Long prefectureId, String from, String to, String kind, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("prefectureId", prefectureId);
        body.put("from", from);
        body.put("to", to);
        body.put("kind", kind);
        body.put("note", note);
        Response r = admin.put("/api/admin/calendar", json(body));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }
}
