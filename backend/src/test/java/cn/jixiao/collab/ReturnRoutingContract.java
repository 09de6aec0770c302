package cn.jixiao.collab;

import static cn.jixiao.collab.TaskNoticesTest.noticesAbout;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.form.FormApiTestBase;
import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.FormActions;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Returns (api.md, "Collaboration on a task"): {@code returnTo} = FILER | UNIT_HEAD at 地区审核, also REVIEWER at
 * 领导签发; the per-prefecture {@code correction.viaUnitHead} sends a corrected form through 单位审核 again before it
 * reaches whoever returned it. Runs on H2 and on MariaDB.
 */
abstract class ReturnRoutingContract extends FormApiTestBase {

    static final String APPROVE = "{\"decision\":\"APPROVE\"}";

    /** A 喀什市社保中心 form waiting at {@code step} (prefectureReview or signOff). */
    long formAt(String step) {
        return formAt(step, as("ks_filer"), as("ks_head"), as("ks_reviewer"));
    }

    long formAt(String step, ApiClient filer, ApiClient head, ApiClient reviewer) {
        long id = FormActions.create(filer, FormActions.futureMonitoringDocument("退回路线 " + System.nanoTime()));
        assertThat(submit(filer, id, "draft").status()).isEqualTo(200);
        FormActions.complete(head, id, "unitReview", APPROVE);
        if (step.equals("signOff")) {
            FormActions.complete(reviewer, id, "prefectureReview", APPROVE);
        }
        return id;
    }

    static String returning(String returnTo) {
        return "{\"decision\":\"RETURN\",\"comment\":\"请单位核实后重新盖章\""
                + (returnTo == null ? "" : ",\"returnTo\":\"" + returnTo + "\"") + "}";
    }

    String status(long id) {
        return as("ks_filer").get("/api/forms/" + id).json().path("status").asText();
    }

    @Test
    void aReturnToOnlyWhereTheStepOffersIt_elseA400NamingReturnTo() {
        ApiClient reviewer = as("ks_reviewer");
        long id = formAt("prefectureReview");
        String task = openTask(reviewer, id, "prefectureReview");

        Map<String, String> refused = new HashMap<>();
        refused.put(returning("REVIEWER"), "FILER");
        refused.put(returning("BOSS"), "UNIT_HEAD");
        refused.put("{\"decision\":\"APPROVE\",\"returnTo\":\"FILER\"}", "RETURN");
        refused.forEach((body, named) -> {
            Response r = reviewer.post("/api/tasks/" + task + "/complete", body);
            assertThat(r.status()).as(body).isEqualTo(400);
            assertThat(r.json().path("message").asText()).as(body).contains("returnTo").contains(named);
        });
        assertThat(reviewer.post("/api/tasks/" + task + "/complete", returning("REVIEWER")).json().path("message")
                .asText()).contains("地区审核").contains("UNIT_HEAD");
        assertThat(status(id)).as("nothing moved").isEqualTo("PREFECTURE_REVIEW");

        // the unit head has no choice to make: a return of theirs goes to the filer
        long atUnit = FormActions.create(as("ks_filer"), FormActions.futureMonitoringDocument("退回路线 " + System.nanoTime()));
        submit(as("ks_filer"), atUnit, "draft");
        Response unit = as("ks_head").post("/api/tasks/" + openTask(as("ks_head"), atUnit, "unitReview") + "/complete",
                returning("FILER"));
        assertThat(unit.status()).isEqualTo(400);
        assertThat(unit.json().path("message").asText()).contains("returnTo");
    }

    @Test
    void theReviewerReturnsToTheUnitHead_whoApprovesItBackToTheReviewer() {
        ApiClient filer = as("ks_filer");
        ApiClient head = as("ks_head");
        long id = formAt("prefectureReview");

        Response returned = FormActions.complete(as("ks_reviewer"), id, "prefectureReview", returning("UNIT_HEAD"));

        assertThat(returned.json().path("status").asText()).isEqualTo("UNIT_REVIEW");
        assertThat(noticesAbout(head, id)).anySatisfy(n -> assertThat(n.path("message").asText()).contains("单位审核上报"));
        assertThat(noticesAbout(filer, id)).as("the filer has nothing to correct")
                .noneSatisfy(n -> assertThat(n.path("kind").asText()).isEqualTo("RETURN"));
        JsonNode history = filer.get("/api/forms/" + id + "/history").json();
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.path("action").asText()).isEqualTo("RETURN");
        assertThat(last.path("actor").asText()).isEqualTo("ks_reviewer");

        assertThat(FormActions.complete(head, id, "unitReview", APPROVE).json().path("status").asText())
                .isEqualTo("PREFECTURE_REVIEW");
    }

    @Test
    void theLeaderReturnsToTheUnitHead_whoPassesItToTheFiler_andTheCorrectionReachesTheLeaderAfterTheUnit() {
        ApiClient filer = as("ks_filer");
        ApiClient head = as("ks_head");
        ApiClient leader = as("ks_leader");
        long id = formAt("signOff");

        assertThat(FormActions.complete(leader, id, "signOff", returning("UNIT_HEAD")).json().path("status").asText())
                .isEqualTo("UNIT_REVIEW");
        assertThat(FormActions.complete(head, id, "unitReview",
                "{\"decision\":\"RETURN\",\"comment\":\"按领导意见补充说明\"}").json().path("status").asText())
                .isEqualTo("RETURNED");
        assertThat(noticesAbout(filer, id)).anySatisfy(n -> {
            assertThat(n.path("kind").asText()).isEqualTo("RETURN");
            assertThat(n.path("message").asText()).contains("按领导意见补充说明");
        });
        assertThat(submit(filer, id, "correct").json().path("status").asText()).isEqualTo("UNIT_REVIEW");

        assertThat(FormActions.complete(head, id, "unitReview", APPROVE).json().path("status").asText())
                .as("straight to the leader who returned it").isEqualTo("SIGN_OFF");
        assertThat(FormActions.complete(leader, id, "signOff", "{\"decision\":\"SIGN\"}").json().path("status").asText())
                .isEqualTo("SIGNED");
    }

    @Test
    void theLeaderReturnsToTheReviewerByDefault() {
        long id = formAt("signOff");

        assertThat(FormActions.complete(as("ks_leader"), id, "signOff", returning(null)).json().path("status").asText())
                .isEqualTo("PREFECTURE_REVIEW");
    }

    /** 巴州 (652800) for the setting, so the Kashgar forms of other classes keep the default. */
    @Test
    void correctionViaUnitHead_onByDefault_offPerPrefecture() {
        ApiClient admin = as("admin");
        long bazhou = jdbc.queryForObject("SELECT id FROM org WHERE code = ?", Long.class, "652800");
        ApiClient filer = as("hj_filer");
        ApiClient head = as("hj_head");
        ApiClient reviewer = as("bz_reviewer");

        JsonNode item = setting(admin.get("/api/admin/settings?prefectureId=" + bazhou).json());
        assertThat(item.path("group").asText()).isEqualTo("审核流程");
        assertThat(item.path("effectiveValue").asText()).isEqualTo("true");
        assertThat(item.path("description").asText()).contains("单位审核");

        long viaUnit = formAt("prefectureReview", filer, head, reviewer);
        FormActions.complete(reviewer, viaUnit, "prefectureReview", returning("FILER"));
        assertThat(submit(filer, viaUnit, "correct").json().path("status").asText()).isEqualTo("UNIT_REVIEW");
        assertThat(FormActions.complete(head, viaUnit, "unitReview", APPROVE).json().path("status").asText())
                .isEqualTo("PREFECTURE_REVIEW");

        long straight = formAt("prefectureReview", filer, head, reviewer);
        FormActions.complete(reviewer, straight, "prefectureReview", returning(null));
        try {
            Response bad = admin.put("/api/admin/settings", settings(bazhou, "是"));
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.json().path("message").asText()).contains("correction.viaUnitHead");
            Response off = admin.put("/api/admin/settings", settings(bazhou, "false"));
            assertThat(off.status()).as(off.body()).isEqualTo(200);
            assertThat(setting(off.json()).path("effectiveValue").asText()).isEqualTo("false");

            // read when the filer resubmits: the form returned before the change goes straight back too
            assertThat(submit(filer, straight, "correct").json().path("status").asText()).isEqualTo("PREFECTURE_REVIEW");
            // Kashgar keeps the default
            long kashgar = formAt("prefectureReview");
            FormActions.complete(as("ks_reviewer"), kashgar, "prefectureReview", returning("FILER"));
            assertThat(submit(as("ks_filer"), kashgar, "correct").json().path("status").asText()).isEqualTo("UNIT_REVIEW");
        } finally {
            admin.put("/api/admin/settings", settings(bazhou, ""));
        }
        assertThat(setting(admin.get("/api/admin/settings?prefectureId=" + bazhou).json()).path("prefectureValue").isNull())
                .isTrue();
    }

    private static JsonNode setting(JsonNode view) {
        List<JsonNode> found = new ArrayList<>();
        view.path("items").forEach(i -> {
            if (i.path("key").asText().equals("correction.viaUnitHead")) {
                found.add(i);
            }
        });
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static String settings(long prefectureId, String value) {
        return "{\"prefectureId\":" + prefectureId + ",\"values\":{\"correction.viaUnitHead\":\"" + value + "\"}}";
    }
}
