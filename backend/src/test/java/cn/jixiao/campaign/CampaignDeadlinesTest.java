package cn.jixiao.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.FormActions;
import cn.jixiao.support.H2Test;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A campaign's due date is its forms' due date, through the existing deadline machinery: the form's due date,
 * its inbox row, the process variables and the reminder and overdue timers of the draft.
 */
@H2Test
class CampaignDeadlinesTest extends CampaignTestBase {

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Test
    void aCampaignsDueDateArmsTheTimersOfTheFormsStartedFromIt() {
        long id = issue(as("ks_reviewer"), campaign("MONITORING", 2071, 9, "2071-09-25")).path("id").asLong();
        long form = started(as("ksyb2_filer"), id, orgId("653100-02"), "EMPLOYEE_MEDICAL");

        LocalDate due = LocalDate.of(2071, 9, 25);
        assertThat(as("ksyb2_filer").get("/api/forms/" + form).json().path("due").asText()).isEqualTo("2071-09-25");
        assertThat(jdbc.queryForObject("SELECT due_date FROM inbox_task WHERE form_id = ?", LocalDate.class, form))
                .isEqualTo(due);
        assertThat(variable(form, "dueDate")).isEqualTo(endOf(due));
        assertThat(variable(form, "reminderDate")).isEqualTo(endOf(due.minusDays(3))); // reminder.leadDays
        assertThat(timers(form)).containsExactlyInAnyOrder(endOf(due.minusDays(3)), endOf(due));
    }

    @Test
    void aFormFiledBeforeTheCampaignIsTakenOnAndReDated() {
        ObjectNode doc = FormActions.monitoringDocument("任务下达前已填");
        doc.put("year", 2072);
        long form = FormActions.create(as("ksyb2_filer"), doc); // 职工医疗 2072年9月: due 2072-10-10 by the settings
        assertThat(timers(form)).contains(endOf(LocalDate.of(2072, 10, 10)));

        long id = issue(as("ks_reviewer"), campaign("MONITORING", 2072, 9, "2072-10-31")).path("id").asLong();
        assertThat(item(as("ks_reviewer"), id, orgId("653100-02"), "EMPLOYEE_MEDICAL").path("formId").asLong())
                .isEqualTo(form);
        LocalDate due = LocalDate.of(2072, 10, 31);
        assertThat(as("ksyb2_filer").get("/api/forms/" + form).json().path("due").asText()).isEqualTo("2072-10-31");
        assertThat(variable(form, "dueDate")).isEqualTo(endOf(due));
        assertThat(timers(form)).containsExactlyInAnyOrder(endOf(due.minusDays(3)), endOf(due));
    }

    @Test
    void changingTheDeadlineSettingsLeavesTheFormsOfACampaignAtTheCampaignsDate() {
        long id = issue(as("ks_reviewer"), campaign("MONITORING", 2073, 9, "2073-09-28")).path("id").asLong();
        long form = started(as("ksyb2_filer"), id, orgId("653100-02"), "EMPLOYEE_MEDICAL");
        ApiClient admin = as("admin");
        long kashgar = orgId("653100");
        try {
            Response changed = admin.put("/api/admin/settings", settings(kashgar, Map.of("due.monitoring.day", "20",
                    "reminder.leadDays", "5")));
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
            LocalDate due = LocalDate.of(2073, 9, 28);
            assertThat(as("ksyb2_filer").get("/api/forms/" + form).json().path("due").asText()).isEqualTo("2073-09-28");
            // the lead time still comes from the settings: the reminder moves, the due date stays the campaign's
            assertThat(timers(form)).containsExactlyInAnyOrder(endOf(due.minusDays(5)), endOf(due));
        } finally {
            admin.put("/api/admin/settings", settings(kashgar, Map.of("due.monitoring.day", "", "reminder.leadDays", "")));
        }
    }

    private List<Date> timers(long form) {
        String instance = jdbc.queryForObject("SELECT process_instance_id FROM form WHERE id = ?", String.class, form);
        return management.createJobQuery().processInstanceId(instance).timers().list().stream()
                .map(Job::getDuedate).toList();
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
}
