package cn.jixiao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.form.FormApiTestBase;
import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.Fixtures;
import cn.jixiao.support.FormActions;
import cn.jixiao.support.H2Test;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 职责分离 (api.md v2): who submitted a form does not do its unit review, who approved its prefecture review does
 * not sign it, even with an account that holds both roles; claiming the step is refused too. The colleagues do it.
 */
@H2Test
class SeparationOfDutiesTest extends FormApiTestBase {

    /** 填报人 and 单位负责人 of 喀什市社会保险中心 (ks_filer's unit) in one account. */
    static final String FILER_AND_HEAD = "sod_filer_head";
    /** 地区审核 and 地区领导 of 喀什地区 in one account. */
    static final String REVIEWER_AND_LEADER = "sod_reviewer_leader";

    @BeforeEach
    void accountsWithTwoRoles() {
        account(FILER_AND_HEAD, "ks_filer", "FILER", "UNIT_HEAD");
        account(REVIEWER_AND_LEADER, "ks_reviewer", "PREFECTURE_REVIEWER", "PREFECTURE_LEADER");
    }

    /** A demo account's twin (same org, same password) with these roles. */
    void account(String username, String twinOf, String... roles) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class, username) > 0) {
            return;
        }
        jdbc.update("INSERT INTO app_user (username, display_name, password_hash, org_id) "
                + "SELECT ?, ?, password_hash, org_id FROM app_user WHERE username = ?", username, "两角色" + username, twinOf);
        for (String role : roles) {
            jdbc.update("INSERT INTO app_user_role (user_id, role) SELECT id, ? FROM app_user WHERE username = ?",
                    role, username);
        }
    }

    long submittedTarget(ApiClient filer) throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(Fixtures.read(Fixtures.TARGET_MEDICAL));
        doc.put("project", "职责分离 " + System.nanoTime());
        doc.put("year", FormActions.FUTURE_YEAR);
        long id = FormActions.create(filer, doc);
        assertThat(submit(filer, id, "draft").status()).isEqualTo(200);
        return id;
    }

    static void assertSeparated(Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(403);
        assertThat(r.json().path("error").asText()).isEqualTo("SEPARATION_OF_DUTIES");
        assertThat(r.json().path("message").asText()).contains("职责分离");
    }

    Response complete(ApiClient user, long formId, String key, String decision) {
        return user.post("/api/tasks/" + openTask(user, formId, key) + "/complete",
                "{\"decision\":\"" + decision + "\",\"comment\":\"意见\"}");
    }

    @Test
    void whoSubmittedAFormNeitherClaimsNorCompletesItsUnitReview() throws Exception {
        ApiClient filerAndHead = as(FILER_AND_HEAD);
        long id = submittedTarget(filerAndHead);
        String task = openTask(filerAndHead, id, "unitReview");

        assertSeparated(filerAndHead.post("/api/tasks/" + task + "/claim", "{}"));
        assertSeparated(complete(filerAndHead, id, "unitReview", "APPROVE"));
        assertSeparated(complete(filerAndHead, id, "unitReview", "RETURN"));
        assertThat(filerAndHead.get("/api/forms/" + id).json().path("status").asText()).isEqualTo("UNIT_REVIEW");

        Response colleague = complete(as("ks_head"), id, "unitReview", "APPROVE");
        assertThat(colleague.status()).as(colleague.body()).isEqualTo(200);
        assertThat(colleague.json().path("status").asText()).isEqualTo("PREFECTURE_REVIEW");
    }

    @Test
    void whoApprovedThePrefectureReviewNeitherClaimsNorSignsIt() throws Exception {
        long id = submittedTarget(as("ks_filer"));
        assertThat(complete(as("ks_head"), id, "unitReview", "APPROVE").status()).isEqualTo(200);
        ApiClient reviewerAndLeader = as(REVIEWER_AND_LEADER);
        assertThat(complete(reviewerAndLeader, id, "prefectureReview", "APPROVE").status()).isEqualTo(200);
        String signOff = openTask(reviewerAndLeader, id, "signOff");

        assertSeparated(reviewerAndLeader.post("/api/tasks/" + signOff + "/claim", "{}"));
        assertSeparated(complete(reviewerAndLeader, id, "signOff", "SIGN"));

        Response signed = complete(as("ks_leader"), id, "signOff", "SIGN");
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(signed.json().path("status").asText()).isEqualTo("SIGNED");
    }

    @Test
    void theSameAccountSignsWhatSomeoneElseApprovedAndReviewsWhatSomeoneElseSubmitted() throws Exception {
        long id = submittedTarget(as("ks_filer"));
        assertThat(complete(as(FILER_AND_HEAD), id, "unitReview", "APPROVE").status()).isEqualTo(200);
        assertThat(complete(as("ks_reviewer"), id, "prefectureReview", "APPROVE").status()).isEqualTo(200);

        Response signed = complete(as(REVIEWER_AND_LEADER), id, "signOff", "SIGN");

        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
    }
}
