package cn.jixiao.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.FormActions;
import cn.jixiao.support.H2Test;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Starting an item opens a draft pre-filled from what is signed; a form imported for an item is linked to it. */
@H2Test
class CampaignPrefillTest extends CampaignTestBase {

    @Test
    void aMonitoringItemStartsFromTheSignedTargetOfTheSameUnitFundAndYear() {
        long target = signedTarget(2081);
        JsonNode signed = as("ksyb2_filer").get("/api/forms/" + target).json().path("form");
        long id = issue(as("ks_reviewer"), campaign("MONITORING", 2081, 9, "2081-10-08")).path("id").asLong();
        assertThat(as("ksyb2_filer").get("/api/campaigns/pending").json().toString())
                .contains("\"campaignId\":" + id + ",").contains("\"daysLeft\":");
        Response started = start(as("ksyb2_filer"), id, orgId("653100-02"), "EMPLOYEE_MEDICAL");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        assertThat(started.json().path("prefilledFrom").asLong()).isEqualTo(target);
        JsonNode draft = as("ksyb2_filer").get("/api/forms/" + started.json().path("formId").asLong()).json()
                .path("form");
        assertThat(draft.path("type").asText()).isEqualTo("MONITORING");
        assertThat(draft.path("monitorMonth").asInt()).isEqualTo(9);
        assertThat(draft.path("project").asText()).isEqualTo(signed.path("project").asText());
        assertThat(draft.path("goal").path("expected").asText()).isEqualTo(signed.path("goal").path("expected").asText());
        assertThat(draft.path("budget").path("planned").path("total").decimalValue())
                .isEqualByComparingTo(signed.path("budget").path("planned").path("total").decimalValue());
        assertThat(draft.path("indicators").size()).isEqualTo(signed.path("indicators").size());
        for (int i = 0; i < draft.path("indicators").size(); i++) {
            JsonNode d = draft.path("indicators").get(i);
            JsonNode s = signed.path("indicators").get(i);
            for (String field : List.of("level1", "level2", "name", "target")) {
                assertThat(d.path(field).asText()).as(field + " " + i).isEqualTo(s.path(field).asText());
            }
            assertThat(d.path("actual").isNull() || d.path("actual").isMissingNode()).isTrue();
        }
        List<String> stillPending = new java.util.ArrayList<>();
        as("ksyb2_filer").get("/api/campaigns/pending").json().forEach(p -> {
            if (p.path("campaignId").asLong() == id) {
                stillPending.add(p.path("fund").asText());
            }
        });
        assertThat(stillPending).containsExactly("RESIDENT_MEDICAL");
    }

    @Test
    void aTargetItemStartsFromLastYearsSignedTargetWithoutItsAmounts() {
        long lastYear = signedTarget(2082);
        JsonNode signed = as("ksyb2_filer").get("/api/forms/" + lastYear).json().path("form");
        long id = issue(as("ks_reviewer"), campaign("TARGET", 2083, null, "2083-01-31")).path("id").asLong();
        Response started = start(as("ksyb2_filer"), id, orgId("653100-02"), "EMPLOYEE_MEDICAL");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        assertThat(started.json().path("prefilledFrom").asLong()).isEqualTo(lastYear);
        JsonNode draft = started.json().path("form").path("form");
        assertThat(draft.path("year").asInt()).isEqualTo(2083);
        assertThat(draft.path("project").asText()).isEqualTo(signed.path("project").asText());
        assertThat(draft.path("indicators").get(0).path("target").asText())
                .isEqualTo(signed.path("indicators").get(0).path("target").asText());
        assertThat(draft.path("budget").isNull() || draft.path("budget").path("planned").isNull()).isTrue();
    }

    @Test
    void withoutASignedTargetTheDraftIsASkeletonOfUnitFundAndPeriod() {
        long id = issue(as("ks_reviewer"), campaign("EVALUATION", 2084, null, "2085-03-31")).path("id").asLong();
        Response started = start(as("ksyb2_filer"), id, orgId("653100-02"), "RESIDENT_MEDICAL");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        assertThat(started.json().path("prefilledFrom").isNull()).isTrue();
        JsonNode draft = started.json().path("form").path("form");
        assertThat(draft.path("type").asText()).isEqualTo("EVALUATION");
        assertThat(draft.path("year").asInt()).isEqualTo(2084);
        assertThat(draft.path("fund").asText()).isEqualTo("RESIDENT_MEDICAL");
        assertThat(draft.path("unit").asText()).isEqualTo("喀什地区医疗保障局(本级)");
        assertThat(draft.path("filler").path("name").asText()).isEqualTo("张丽");
    }

    @Test
    void anImportedFormThatMatchesAnItemIsLinkedToIt() {
        ObjectNode doc = FormActions.monitoringDocument("导入关联任务");
        doc.put("year", 2086);
        long elsewhere = FormActions.create(as("ksyb2_filer"), doc); // another unit: not addressed below
        HttpResponse<byte[]> xlsx = as("ksyb2_filer").download("/api/forms/" + elsewhere + "/export?format=xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        Map<String, Object> body = campaign("MONITORING", 2086, 9, "2086-10-12");
        body.put("units", List.of(Map.of("unitId", orgId("653101-02"))));
        long id = issue(as("ks_reviewer"), body).path("id").asLong();

        ApiClient filer = as("ksyb_filer"); // 喀什市医疗保障局
        Response imported = filer.upload("/api/forms/import", "file", "监控表.xlsx", xlsx.body());
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        long form = imported.json().path("id").asLong();
        assertThat(item(filer, id, orgId("653101-02"), "EMPLOYEE_MEDICAL").path("formId").asLong()).isEqualTo(form);
        assertThat(imported.json().path("due").asText()).isEqualTo("2086-10-12");
    }
}
