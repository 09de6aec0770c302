package cn.jixiao.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.H2Test;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Moving a county to another prefecture hands its running forms' review and sign-off to that prefecture. */
@H2Test
class AdminMoveReroutingTest extends AdminTestBase {

    @Test
    void openAndFutureReviewStepsFollowTheMovedCounty() {
        ApiClient admin = as("admin");
        long county = createOrg(admin, orgId("653100"), "改道县", "COUNTY");
        long unit = createOrg(admin, county, "改道县社会保险管理局", null);
        String filerName = unique("reroute_filer_");
        String headName = unique("reroute_head_");
        createUser(admin, filerName, unit, STRONG, "FILER");
        createUser(admin, headName, unit, STRONG, "UNIT_HEAD");
        ApiClient filer = firstLogin(filerName);
        ApiClient head = firstLogin(headName);

        long claimed = createMonitoring(filer, "改道测试甲");
        long waiting = createMonitoring(filer, "改道测试乙");
        long draft = createMonitoring(filer, "改道测试丙");
        for (long form : new long[] {claimed, waiting}) {
            submitAndApproveByHead(filer, head, form);
        }
        ApiClient ksReviewer = as("ks_reviewer");
        assertThat(ksReviewer.post("/api/tasks/" + task(ksReviewer, claimed) + "/claim", "").status()).isEqualTo(200);

        Response moved = admin.put("/api/admin/orgs/" + county, json(Map.of("parentId", orgId("652800"))));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);

        ApiClient bzReviewer = as("bz_reviewer");
        for (long form : new long[] {claimed, waiting}) {
            assertThat(openTask(ksReviewer, form)).as("old prefecture's inbox").isNull();
            JsonNode item = openTask(bzReviewer, form);
            assertThat(item).as("new prefecture's inbox").isNotNull();
            assertThat(item.path("assignee").isNull() || item.path("assignee").asText().isEmpty())
                    .as("a claim by the old prefecture is released").isTrue();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_task WHERE form_id IN (?, ?) AND candidate_group = ?",
                Integer.class, claimed, waiting, "reviewer:" + orgId("652800"))).isEqualTo(2);

        // the new prefecture reviews, and its leader signs: the later step reads the re-routed variable
        Response approved = bzReviewer.post("/api/tasks/" + task(bzReviewer, claimed) + "/complete",
                "{\"decision\":\"APPROVE\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(openTask(as("bz_leader"), claimed)).isNotNull();
        assertThat(openTask(as("ks_leader"), claimed)).isNull();

        // a form still in draft at the move goes to the new prefecture when it is submitted
        submitAndApproveByHead(filer, head, draft);
        assertThat(openTask(bzReviewer, draft)).isNotNull();
        assertThat(openTask(ksReviewer, draft)).isNull();
        assertThat(auditor().get("/api/admin/audit?action=ADMIN_ORG_UPDATE&size=200").json().path("items").toString())
                .contains("3 张在办表单改由新地区审核签发");
    }
}
