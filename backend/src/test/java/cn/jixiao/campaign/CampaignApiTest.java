package cn.jixiao.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.AtOnce;
import cn.jixiao.support.FormActions;
import cn.jixiao.support.H2Test;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Issuing, reading, starting and closing campaigns: who may, what they see, what a second request gets. */
@H2Test
class CampaignApiTest extends CampaignTestBase {

    @Test
    void aReviewerIssuesToEveryActiveUnitOfTheirPrefectureWithItsRegisteredFunds() {
        JsonNode c = issue(as("ks_reviewer"), campaign("TARGET", 2061, null, "2061-01-31"));
        assertThat(c.path("status").asText()).isEqualTo("OPEN");
        assertThat(c.path("title").asText()).isEqualTo("喀什地区 2061年 绩效目标表 填报任务");
        assertThat(units(c)).contains("喀什市社会保险中心", "喀什市医疗保障局", "喀什地区医疗保障局(本级)")
                .doesNotContain("和静县社会保险管理局");
        JsonNode medical = item(as("ks_reviewer"), c.path("id").asLong(), orgId("653101-02"), "EMPLOYEE_MEDICAL");
        assertThat(medical.path("status").asText()).isEqualTo("NOT_STARTED");
        assertThat(medical.path("formId").isNull()).isTrue();
        assertThat(item(as("ks_reviewer"), c.path("id").asLong(), orgId("653101-02"), "WORK_INJURY")).isNull();
        int registered = jdbc.queryForObject("SELECT COUNT(*) FROM unit_fund uf JOIN org o ON o.id = uf.unit_id "
                + "WHERE o.path LIKE '/650000/653100/%' AND o.active = TRUE", Integer.class);
        assertThat(c.path("items").size()).isEqualTo(registered);
        assertThat(c.path("counts").path("NOT_STARTED").asInt()).isEqualTo(registered);
        assertThat(c.path("counts").path("SIGNED").asInt()).isZero();

        Response again = as("ks_reviewer").post("/api/campaigns", json(campaign("TARGET", 2061, null, "2061-02-28")));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("message").asText()).contains("喀什地区 2061年 绩效目标表 填报任务");
    }

    @Test
    void aUnitSeesItsOwnItemsAPrefectureItsUnitsAndAnotherPrefectureNothing() {
        long id = issue(as("ks_reviewer"), campaign("EVALUATION", 2062, null, "2063-03-31")).path("id").asLong();
        JsonNode own = as("ks_filer").get("/api/campaigns/" + id).json();
        assertThat(units(own)).containsExactly("喀什市社会保险中心");
        assertThat(own.path("counts").path("NOT_STARTED").asInt()).isEqualTo(5);
        assertThat(units(as("ks_leader").get("/api/campaigns/" + id).json())).hasSizeGreaterThan(3);
        assertThat(as("hj_filer").get("/api/campaigns/" + id).status()).isEqualTo(404);
        assertThat(as("bz_reviewer").get("/api/campaigns/" + id).status()).isEqualTo(404);
        assertThat(as("bz_reviewer").get("/api/campaigns?year=2062").json().size()).isZero();
        assertThat(as("ks_filer").get("/api/campaigns?year=2062").json().get(0).path("notStarted").asInt())
                .isEqualTo(5);
        assertThat(as("ks_filer").get("/api/campaigns/pending").json().toString()).contains("\"campaignId\":" + id);
        assertThat(as("hj_filer").get("/api/campaigns/pending").json().toString())
                .doesNotContain("\"campaignId\":" + id + ",");
        assertThat(as("bz_reviewer").post("/api/campaigns/" + id + "/close", "").status()).isEqualTo(404);
        assertThat(as("hj_filer").post("/api/campaigns/" + id + "/items/start",
                json(Map.of("unitId", orgId("653101-01"), "fund", "WORK_INJURY"))).status()).isEqualTo(404);
    }

    @Test
    void aReviewerIssuesOnlyInsideTheirPrefectureTheSystemAdministratorAnywhere() {
        Map<String, Object> outside = campaign("TARGET", 2064, null, "2064-01-31");
        outside.put("units", List.of(Map.of("unitId", orgId("652827-01"))));
        assertThat(as("ks_reviewer").post("/api/campaigns", json(outside)).status()).isEqualTo(404);
        Map<String, Object> other = campaign("TARGET", 2064, null, "2064-01-31");
        other.put("prefectureId", orgId("652800"));
        assertThat(as("ks_reviewer").post("/api/campaigns", json(other)).status()).isEqualTo(404);
        assertThat(as("ks_filer").post("/api/campaigns", json(campaign("TARGET", 2064, null, "2064-01-31")))
                .status()).isEqualTo(403);
        assertThat(as("ks_leader").post("/api/campaigns", json(campaign("TARGET", 2064, null, "2064-01-31")))
                .status()).isEqualTo(403);

        JsonNode bz = issue(as("admin"), other);
        assertThat(units(bz)).containsExactly("和静县社会保险管理局");
        assertThat(as("bz_reviewer").get("/api/campaigns/" + bz.path("id").asLong()).json().path("manageable")
                .asBoolean()).isTrue();
        JsonNode region = issue(as("admin"), campaign("TARGET", 2064, null, "2064-02-15"));
        assertThat(units(region)).contains("和静县社会保险管理局", "喀什市社会保险中心");
        assertThat(region.path("scopeName").asText()).isEqualTo("新疆维吾尔自治区");
        JsonNode seenByKashgar = as("ks_reviewer").get("/api/campaigns/" + region.path("id").asLong()).json();
        assertThat(units(seenByKashgar)).doesNotContain("和静县社会保险管理局");
        assertThat(seenByKashgar.path("manageable").asBoolean()).isFalse();

        Map<String, Object> chosen = campaign("MONITORING", 2064, 6, "2064-07-10");
        chosen.put("units", List.of(Map.of("unitId", orgId("653101-01"), "funds", List.of("WORK_INJURY")),
                Map.of("unitId", orgId("653101-02"))));
        JsonNode picked = issue(as("ks_reviewer"), chosen);
        assertThat(picked.path("items").size()).isEqualTo(3);
        assertThat(picked.path("title").asText()).isEqualTo("喀什地区 2064年6月 绩效监控情况表 填报任务");
    }

    @Test
    void badCampaignsAreRefusedNamingTheField() {
        ApiClient reviewer = as("ks_reviewer");
        Map<Map<String, Object>, String> fieldOf = Map.of(
                campaign(null, 2065, null, "2065-01-31"), "type",
                campaign("TARGETS", 2065, null, "2065-01-31"), "type",
                campaign("TARGET", null, null, "2065-01-31"), "year",
                campaign("TARGET", 1999, null, "2065-01-31"), "year",
                campaign("MONITORING", 2065, null, "2065-10-10"), "monitorMonth",
                campaign("MONITORING", 2065, 13, "2065-10-10"), "monitorMonth",
                campaign("TARGET", 2065, null, null), "due",
                campaign("TARGET", 2065, null, "2065-02-30"), "due");
        fieldOf.forEach((body, field) -> {
            Response r = reviewer.post("/api/campaigns", json(body));
            assertThat(r.status()).as(body + " " + r.body()).isEqualTo(400);
            assertThat(r.json().path("message").asText()).as(body.toString()).contains(field);
        });
        Map<String, Object> badFund = campaign("TARGET", 2065, null, "2065-01-31");
        badFund.put("units", List.of(Map.of("unitId", orgId("653101-01"), "funds", List.of("PENSION"))));
        assertThat(reviewer.post("/api/campaigns", json(badFund)).json().path("message").asText()).contains("funds");
        assertThat(reviewer.post("/api/campaigns", "").status()).isEqualTo(400);
        assertThat(as("ks_reviewer").get("/api/campaigns?type=X").status()).isEqualTo(400);
        assertThat(as("ks_reviewer").get("/api/campaigns?status=X").json().path("message").asText())
                .contains("status");
        assertThat(as("ks_filer").post("/api/campaigns/1/items/start", "{}").json().path("message").asText())
                .contains("unitId");
    }

    @Test
    void theFilerStartsAnItemOnceAndAFormFiledOtherwiseIsLinked() {
        long id = issue(as("ks_reviewer"), campaign("MONITORING", 2066, 9, "2066-10-05")).path("id").asLong();
        long unit = orgId("653101-01");
        ApiClient filer = as("ks_filer");
        long form = started(filer, id, unit, "WORK_INJURY");
        assertThat(filer.get("/api/forms/" + form).json().path("due").asText()).isEqualTo("2066-10-05");
        Response again = start(filer, id, unit, "WORK_INJURY");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("formId").asLong()).isEqualTo(form);
        assertThat(item(filer, id, unit, "WORK_INJURY").path("status").asText()).isEqualTo("DRAFT");
        assertThat(item(filer, id, unit, "WORK_INJURY").path("formId").asLong()).isEqualTo(form);
        assertThat(start(as("ks_head"), id, unit, "UNEMPLOYMENT").status()).isEqualTo(403);
        assertThat(start(filer, id, orgId("653101-02"), "EMPLOYEE_MEDICAL").status()).isEqualTo(404);
        assertThat(start(filer, id, unit, "EMPLOYEE_MEDICAL").status()).isEqualTo(404);

        ObjectNode doc = FormActions.monitoringDocument("新建表单关联任务");
        doc.put("year", 2066);
        long filedOtherwise = FormActions.create(as("ksyb2_filer"), doc); // 职工医疗, 2066年9月
        JsonNode linked = item(as("ks_reviewer"), id, orgId("653100-02"), "EMPLOYEE_MEDICAL");
        assertThat(linked.path("formId").asLong()).isEqualTo(filedOtherwise);
        assertThat(as("ksyb2_filer").get("/api/forms/" + filedOtherwise).json().path("due").asText())
                .isEqualTo("2066-10-05");
        assertThat(as("ks_reviewer").get("/api/campaigns/" + id).json().path("counts").path("DRAFT").asInt())
                .isEqualTo(2);
    }

    @Test
    void closingTwiceIsAConflictAndAnItemStartedAfterwardsIsLate() {
        long id = issue(as("ks_reviewer"), campaign("TARGET", 2067, null, "2067-01-31")).path("id").asLong();
        assertThat(as("ks_leader").post("/api/campaigns/" + id + "/close", "").status()).isEqualTo(403);
        Response closed = as("ks_reviewer").post("/api/campaigns/" + id + "/close", "");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().path("status").asText()).isEqualTo("CLOSED");
        assertThat(as("ks_reviewer").post("/api/campaigns/" + id + "/close", "").status()).isEqualTo(409);
        Response late = start(as("ks_filer"), id, orgId("653101-01"), "UNEMPLOYMENT");
        assertThat(late.status()).as(late.body()).isEqualTo(201);
        assertThat(late.json().path("late").asBoolean()).isTrue();
        assertThat(item(as("ks_filer"), id, orgId("653101-01"), "UNEMPLOYMENT").path("late").asBoolean()).isTrue();
        assertThat(as("ks_filer").get("/api/campaigns/pending").json().toString())
                .doesNotContain("\"campaignId\":" + id + ",");
        issue(as("ks_reviewer"), campaign("TARGET", 2067, null, "2067-03-31")); // the period is open again
    }

    @Test
    void twoIssuingOrClosingTheSameAtOnceOneWinsTheOther409() {
        Map<String, Object> kashgar = campaign("TARGET", 2068, null, "2068-01-31");
        kashgar.put("prefectureId", orgId("653100"));
        ApiClient reviewer = as("ks_reviewer");
        ApiClient admin = as("admin");
        List<Supplier<Integer>> issuing = List.of(
                () -> reviewer.post("/api/campaigns", json(kashgar)).status(),
                () -> admin.post("/api/campaigns", json(kashgar)).status());
        assertThat(AtOnce.run(issuing)).containsExactlyInAnyOrder(201, 409);
        long id = reviewer.get("/api/campaigns?year=2068").json().get(0).path("id").asLong();
        List<Supplier<Integer>> closing = List.of(
                () -> reviewer.post("/api/campaigns/" + id + "/close", "").status(),
                () -> admin.post("/api/campaigns/" + id + "/close", "").status());
        assertThat(AtOnce.run(closing)).containsExactlyInAnyOrder(200, 409);
        ApiClient filer = as("ks_filer");
        long unit = orgId("653101-01");
        List<Supplier<Integer>> starting = List.of(() -> start(filer, id, unit, "PUBLIC_PENSION").status(),
                () -> start(filer, id, unit, "PUBLIC_PENSION").status());
        assertThat(AtOnce.run(starting)).containsExactlyInAnyOrder(201, 409);
    }
}
