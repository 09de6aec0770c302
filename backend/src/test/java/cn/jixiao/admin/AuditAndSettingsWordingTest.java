package cn.jixiao.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.audit.AuditAction;
import cn.jixiao.document.FormType;
import cn.jixiao.form.FormAction;
import cn.jixiao.settings.SettingGroup;
import cn.jixiao.support.ApiClient;
import cn.jixiao.support.FormActions;
import cn.jixiao.support.H2Test;
import cn.jixiao.support.WebScripts;
import cn.jixiao.validation.ValidationSettings.Setting;
import cn.jixiao.workflow.TaskKey;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The audit log and the settings screen are read by people: they showed FORM_EXPORT, "signOff SIGN" and setting
 * keys. The details written while a form goes through its steps name no code of the model, the CSV names the
 * actions in Chinese, and every setting has a Chinese name served by the API that no script types again.
 */
@H2Test
class AuditAndSettingsWordingTest extends AdminTestBase {

    /** Words of the model a detail must not show: task ids, decisions, form types, actions, setting keys. */
    private static Set<String> codes() {
        Set<String> codes = new HashSet<>();
        Arrays.stream(TaskKey.values()).forEach(t -> codes.add(t.key()));
        Arrays.stream(FormAction.values()).forEach(a -> codes.add(a.name()));
        Arrays.stream(FormType.values()).forEach(t -> codes.add(t.name()));
        Arrays.stream(AuditAction.values()).forEach(a -> codes.add(a.name()));
        settings().forEach(s -> codes.add(s.key()));
        return codes;
    }

    private static List<Setting> settings() {
        return Arrays.stream(SettingGroup.values()).flatMap(g -> g.settings().stream()).toList();
    }

    @Test
    void theDetailsOfAFormsStepsAndOfASettingChangeNameNoCode() {
        ApiClient filer = as("ks_filer");
        long id = FormActions.create(filer, FormActions.monitoringDocument("审计用语 " + System.nanoTime()));
        FormActions.submit(filer, id, "draft");
        ApiClient head = as("ks_head");
        assertThat(head.post("/api/tasks/" + FormActions.openTask(head, id, "unitReview") + "/claim", "").status())
                .isBetween(200, 204);
        FormActions.complete(head, id, "unitReview", "{\"decision\":\"APPROVE\"}");
        ApiClient reviewer = as("ks_reviewer");
        FormActions.complete(reviewer, id, "prefectureReview", "{\"decision\":\"RETURN\",\"comment\":\"请核实\"}");
        ApiClient admin = as("admin");
        try {
            assertThat(admin.put("/api/admin/settings", json(Map.of("values", Map.of("reminder.leadDays", "4")))).status())
                    .isEqualTo(200);
        } finally {
            admin.put("/api/admin/settings", json(Map.of("values", Map.of("reminder.leadDays", ""))));
        }

        List<String> details = new ArrayList<>();
        auditor().get("/api/admin/audit?formId=" + id + "&size=200").json().path("items")
                .forEach(r -> details.add(r.path("detail").asText()));
        auditor().get("/api/admin/audit?action=ADMIN_SETTING_CHANGE&user=admin&size=5").json().path("items")
                .forEach(r -> details.add(r.path("detail").asText()));
        assertThat(details).anyMatch(d -> d.contains("“单位审核上报”：审核上报"))
                .anyMatch(d -> d.contains("认领“单位审核上报”"))
                .anyMatch(d -> d.contains("绩效监控情况表《审计用语"))
                .anyMatch(d -> d.contains("到期前提醒天数：（未设置） → 4"));
        Set<String> codes = codes();
        List<String> leaking = details.stream()
                .filter(d -> Arrays.stream(d.split("[\\s：:，,（）()“”《》→]+")).anyMatch(codes::contains)).toList();
        assertThat(leaking).as("audit details that show a code of the model").isEmpty();

        String csv = auditor().get("/api/admin/audit/export?formId=" + id).body();
        assertThat(csv).contains(",办理任务,").contains(",新建表单,").doesNotContain("TASK_COMPLETE").doesNotContain("FORM_CREATE");
    }

    @Test
    void everySettingHasAChineseNameTheApiServesAndNoScriptTypes() {
        List<Setting> all = settings();
        assertThat(all).allSatisfy(s -> assertThat(s.label()).as(s.key())
                .matches(l -> l.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .doesNotContain(s.key()));
        assertThat(all.stream().map(Setting::label).distinct()).hasSameSizeAs(all);

        JsonNode items = as("admin").get("/api/admin/settings").json().path("items");
        JsonNode security = security().get("/api/admin/settings").json().path("items");
        Map<String, String> served = new java.util.HashMap<>();
        items.forEach(i -> served.put(i.path("key").asText(), i.path("label").asText()));
        security.forEach(i -> served.put(i.path("key").asText(), i.path("label").asText()));
        all.forEach(s -> assertThat(served.get(s.key())).as(s.key()).isEqualTo(s.label()));

        List<String> words = new ArrayList<>(all.stream().map(Setting::label).toList());
        assertThat(WebScripts.retyped(WebScripts.all(), words)).as("setting names typed in a script").isEmpty();
    }
}
