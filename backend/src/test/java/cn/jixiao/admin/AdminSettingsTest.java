package cn.jixiao.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.Fixtures;
import cn.jixiao.support.H2Test;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@H2Test
class AdminSettingsTest extends AdminTestBase {

    private static String put(Long prefectureId, String key, String value) {
        Map<String, Object> body = new HashMap<>();
        body.put("prefectureId", prefectureId);
        body.put("values", Map.of(key, value));
        return json(body);
    }

    private static JsonNode item(JsonNode view, String key) {
        for (JsonNode i : view.path("items")) {
            if (i.path("key").asText().equals(key)) {
                return i;
            }
        }
        throw new AssertionError("no " + key);
    }

    private static boolean mentionsDeviation(JsonNode result) {
        for (JsonNode f : result.path("findings")) {
            if (f.path("code").asText().equals("DEVIATION_EXPLANATION_REQUIRED")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aPrefectureSettingChangesTheOutcomeOfTheNextValidationThereOnly() {
        ApiClient admin = as("admin");
        long kashgar = orgId("653100");
        ApiClient ksFiler = as("kssi_filer"); // a 本级 unit of 喀什地区
        ApiClient bzFiler = as("hj_filer");
        String form = Fixtures.read(Fixtures.MONITORING_MEDICAL); // time progress 75 %, execution rate 68.77 %

        JsonNode before = ksFiler.post("/api/forms/validate", form).json();
        assertThat(before.path("computed").path("deviationRequired").asBoolean()).isFalse();
        assertThat(mentionsDeviation(before)).isFalse();

        try {
            Response changed = admin.put("/api/admin/settings", put(kashgar, "deviation.margin", "5"));
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
            JsonNode margin = item(changed.json(), "deviation.margin");
            assertThat(margin.path("defaultValue").asText()).isEqualTo("20");
            assertThat(margin.path("prefectureValue").asText()).isEqualTo("5");
            assertThat(margin.path("effectiveValue").asText()).isEqualTo("5");
            assertThat(margin.path("description").asText()).contains("偏差");

            JsonNode after = ksFiler.post("/api/forms/validate", form).json();
            assertThat(after.path("computed").path("deviationRequired").asBoolean()).isTrue(); // 68.77 < 75 − 5
            assertThat(mentionsDeviation(after)).isTrue();
            // 巴音郭楞州 keeps the default
            assertThat(bzFiler.post("/api/forms/validate", form).json().path("computed").path("deviationRequired")
                    .asBoolean()).isFalse();
            // the system-level view still shows the default as effective
            JsonNode system = item(admin.get("/api/admin/settings").json(), "deviation.margin");
            assertThat(system.path("effectiveValue").asText()).isEqualTo("20");
            assertThat(system.path("prefectureValue").isNull()).isTrue();

            String audit = auditor().get("/api/admin/audit?action=ADMIN_SETTING_CHANGE&user=admin&size=200").json()
                    .path("items").toString();
            assertThat(audit).contains("喀什地区 监控表偏差阈值：（未设置） → 5");
        } finally {
            assertThat(admin.put("/api/admin/settings", put(kashgar, "deviation.margin", "")).status()).isEqualTo(200);
        }
        assertThat(item(admin.get("/api/admin/settings?prefectureId=" + kashgar).json(), "deviation.margin")
                .path("effectiveValue").asText()).isEqualTo("20");
        assertThat(ksFiler.post("/api/forms/validate", form).json().path("computed").path("deviationRequired")
                .asBoolean()).isFalse();
    }

    @Test
    void aSystemSettingAppliesWhereNoPrefectureOverridesIt() {
        ApiClient admin = as("admin");
        ApiClient bzFiler = as("hj_filer");
        String form = Fixtures.read(Fixtures.MONITORING_MEDICAL);
        try {
            assertThat(admin.put("/api/admin/settings", put(null, "deviation.margin", "1")).status()).isEqualTo(200);
            assertThat(bzFiler.post("/api/forms/validate", form).json().path("computed").path("deviationRequired")
                    .asBoolean()).isTrue();
            JsonNode view = item(admin.get("/api/admin/settings?prefectureId=" + orgId("652800")).json(), "deviation.margin");
            assertThat(view.path("systemValue").asText()).isEqualTo("1");
            assertThat(view.path("effectiveValue").asText()).isEqualTo("1");
        } finally {
            admin.put("/api/admin/settings", put(null, "deviation.margin", ""));
        }
        assertThat(bzFiler.post("/api/forms/validate", form).json().path("computed").path("deviationRequired")
                .asBoolean()).isFalse();
    }

    @Test
    void everyKnownKeyIsListedWithItsDescription() {
        JsonNode view = as("admin").get("/api/admin/settings?prefectureId=" + orgId("653100")).json();
        assertThat(view.path("items").size()).isEqualTo(cn.jixiao.validation.ValidationSettings.SETTINGS.size()
                + cn.jixiao.settings.DeadlineSettings.SETTINGS.size() + cn.jixiao.settings.ReviewSettings.SETTINGS.size());
        assertThat(view.path("prefecture").path("name").asText()).isEqualTo("喀什地区");
        assertThat(view.path("prefectures").toString()).contains("喀什地区").contains("巴音郭楞蒙古自治州");
        for (JsonNode i : view.path("items")) {
            assertThat(i.path("description").asText()).isNotBlank();
            assertThat(i.path("group").asText()).isIn("校验规则", "截止日期与提醒", "审核流程");
            assertThat(i.path("effectiveValue").asText()).isNotBlank();
        }
    }

    @Test
    void badSettingsAre400NamingTheKeyAndChangeNothing() {
        ApiClient admin = as("admin");
        long kashgar = orgId("653100");
        Map<String, String> cases = Map.of(
                "no.such.key", "1",
                "deviation.margin", "abc",
                "grade.good", "-5",
                "evaluation.executionRate.min", "120");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Response r = admin.put("/api/admin/settings", put(kashgar, c.getKey(), c.getValue()));
            assertThat(r.status()).as(c + " " + r.body()).isEqualTo(400);
            assertThat(r.json().path("message").asText()).as(c.toString()).contains(c.getKey());
        }
        assertThat(admin.put("/api/admin/settings", put(orgId("653101"), "deviation.margin", "5")).json()
                .path("message").asText()).contains("prefectureId");
        assertThat(admin.put("/api/admin/settings", "{\"values\":{}}").status()).isEqualTo(400);
        assertThat(admin.put("/api/admin/settings", "{\"values\":[1]}").status()).isEqualTo(400);
        assertThat(admin.get("/api/admin/settings?prefectureId=abc").status()).isEqualTo(400);
        assertThat(admin.get("/api/admin/settings?prefectureId=" + orgId("653101-01")).status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM setting WHERE prefecture_id = ?", Integer.class, kashgar))
                .isZero();
    }
}
