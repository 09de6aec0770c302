package cn.jixiao.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.H2Test;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@H2Test
class AdminUsersTest extends AdminTestBase {

    @Test
    void createdUserLogsInWithTheirOrgAndRolesAndMustChangeTheInitialPassword() {
        ApiClient admin = as("admin");
        String username = unique("new_filer_");
        long unit = orgId("653101-01");
        long id = createUser(admin, username, unit, STRONG, "FILER", "UNIT_HEAD");

        JsonNode listed = null;
        for (JsonNode u : admin.get("/api/admin/users").json()) {
            if (u.path("id").asLong() == id) {
                listed = u;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.path("roles").toString()).isEqualTo("[\"FILER\",\"UNIT_HEAD\"]");
        assertThat(listed.path("org").path("name").asText()).isEqualTo("喀什市社会保险中心");
        assertThat(listed.has("passwordHash")).isFalse();

        ApiClient user = new ApiClient(port);
        Response login = user.login(username, STRONG);
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        assertThat(login.json().path("roles").toString()).isEqualTo("[\"FILER\",\"UNIT_HEAD\"]");
        assertThat(login.json().path("mustChangePassword").asBoolean()).isTrue();

        Response changed = user.post("/api/auth/password", change(STRONG, "Another-pass-42"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        assertThat(user.get("/api/auth/me").json().path("mustChangePassword").asBoolean()).isFalse();
        assertThat(new ApiClient(port).login(username, STRONG).status()).isEqualTo(401);
        assertThat(new ApiClient(port).login(username, "Another-pass-42").status()).isEqualTo(200);

        // audited: who created whom
        JsonNode audit = auditor().get("/api/admin/audit?user=admin&action=ADMIN_USER_CREATE&size=200").json();
        assertThat(audit.path("items").toString()).contains(username);
    }

    @Test
    void demoUsersDoNotHaveToChangeTheirPassword() {
        assertThat(as("ks_filer").get("/api/auth/me").json().path("mustChangePassword").asBoolean()).isFalse();
    }

    @Test
    void resetPasswordSetsATemporaryPasswordThatMustBeChanged() {
        ApiClient admin = as("admin");
        String username = unique("reset_");
        long id = createUser(admin, username, orgId("653100"), STRONG, "PREFECTURE_REVIEWER");
        ApiClient user = new ApiClient(port);
        user.login(username, STRONG);
        assertThat(user.post("/api/auth/password", change(STRONG, "Changed-once-1")).status()).isEqualTo(204);

        Response reset = security().post("/api/admin/users/" + id + "/reset-password", "{}");
        assertThat(reset.status()).as(reset.body()).isEqualTo(200);
        String temporary = reset.json().path("temporaryPassword").asText();
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(10);
        assertThat(reset.json().path("mustChangePassword").asBoolean()).isTrue();

        assertThat(new ApiClient(port).login(username, "Changed-once-1").status()).isEqualTo(401);
        ApiClient again = new ApiClient(port);
        Response login = again.login(username, temporary);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().path("mustChangePassword").asBoolean()).isTrue();
        assertThat(again.get("/api/auth/me").json().path("mustChangePassword").asBoolean()).isTrue();
        assertThat(again.post("/api/auth/password", change(temporary, "Changed-twice-2")).status()).isEqualTo(204);
        assertThat(again.get("/api/auth/me").json().path("mustChangePassword").asBoolean()).isFalse();

        // an administrator may also choose the temporary password; the policy applies to it
        Response chosen = security().post("/api/admin/users/" + id + "/reset-password", "{\"password\":\"short\"}");
        assertThat(chosen.status()).isEqualTo(400);
        assertThat(chosen.json().path("message").asText()).contains("password").contains("10");
        assertThat(auditor().get("/api/admin/audit?action=ADMIN_PASSWORD_RESET&size=200").json().path("items").toString())
                .contains(username);
    }

    @Test
    void passwordPolicyOnChange() {
        ApiClient admin = as("admin");
        String username = unique("policy_");
        createUser(admin, username, orgId("653100"), STRONG, "PREFECTURE_LEADER");
        ApiClient user = new ApiClient(port);
        user.login(username, STRONG);

        Response tooShort = user.post("/api/auth/password", change(STRONG, "Short-123"));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().path("message").asText()).contains("newPassword").contains("至少 10");

        Response sameAsUsername = user.post("/api/auth/password", change(STRONG, username));
        assertThat(sameAsUsername.status()).isEqualTo(400);
        assertThat(sameAsUsername.json().path("message").asText()).contains("用户名");

        Response wrongOld = user.post("/api/auth/password", change("not-my-password", "Good-password-1"));
        assertThat(wrongOld.status()).isEqualTo(400);
        assertThat(wrongOld.json().path("message").asText()).contains("原密码");

        Response unchanged = user.post("/api/auth/password", change(STRONG, STRONG));
        assertThat(unchanged.status()).isEqualTo(400);

        Response empty = user.post("/api/auth/password", "{}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().path("message").asText()).contains("oldPassword");

        Response demo = user.post("/api/auth/password", change(STRONG, "demo1234"));
        assertThat(demo.status()).isEqualTo(400);

        Response notJson = user.post("/api/auth/password", "{oops");
        assertThat(notJson.status()).isEqualTo(400);
    }

    @Test
    void passwordPolicyOnCreate() {
        ApiClient admin = as("admin");
        long unit = orgId("653101-01");
        String username = unique("weak_");
        for (String weak : List.of("short", "demo1234", username)) {
            Response r = admin.post("/api/admin/users", json(Map.of("username", username, "displayName", "弱",
                    "orgId", unit, "roles", List.of("FILER"), "password", weak)));
            assertThat(r.status()).as(weak).isEqualTo(400);
            assertThat(r.json().path("message").asText()).contains("password");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class, username)).isZero();
    }

    @Test
    void badUserInputIs400NamingTheField() {
        ApiClient admin = as("admin");
        long unit = orgId("653101-01");
        long prefecture = orgId("653100");
        record Case(Map<String, Object> body, String field) {
        }
        List<Case> cases = List.of(
                new Case(Map.of("displayName", "x", "orgId", unit, "roles", List.of("FILER"), "password", STRONG), "username"),
                new Case(Map.of("username", "a b", "displayName", "x", "orgId", unit, "roles", List.of("FILER"), "password", STRONG), "username"),
                new Case(Map.of("username", unique("u"), "orgId", unit, "roles", List.of("FILER"), "password", STRONG), "displayName"),
                new Case(Map.of("username", unique("u"), "displayName", "x", "roles", List.of("FILER"), "password", STRONG), "orgId"),
                new Case(Map.of("username", unique("u"), "displayName", "x", "orgId", 999999, "roles", List.of("FILER"), "password", STRONG), "orgId"),
                new Case(Map.of("username", unique("u"), "displayName", "x", "orgId", unit, "roles", List.of(), "password", STRONG), "roles"),
                new Case(Map.of("username", unique("u"), "displayName", "x", "orgId", unit, "roles", List.of("BOSS"), "password", STRONG), "roles"),
                new Case(Map.of("username", unique("u"), "displayName", "x", "orgId", prefecture, "roles", List.of("FILER"), "password", STRONG), "roles"),
                new Case(Map.of("username", unique("u"), "displayName", "x", "orgId", unit, "roles", List.of("PREFECTURE_LEADER"), "password", STRONG), "roles"));
        for (Case c : cases) {
            Response r = admin.post("/api/admin/users", json(c.body()));
            assertThat(r.status()).as(c.toString() + " " + r.body()).isEqualTo(400);
            assertThat(r.json().path("message").asText()).as(c.toString()).contains(c.field());
        }
        Response duplicate = admin.post("/api/admin/users", json(Map.of("username", "ks_filer", "displayName", "x",
                "orgId", unit, "roles", List.of("FILER"), "password", STRONG)));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(admin.post("/api/admin/users", "[1,2").status()).isEqualTo(400);
        assertThat(admin.put("/api/admin/users/999999", "{}").status()).isEqualTo(404);
        assertThat(admin.put("/api/admin/users/abc", "{}").status()).isEqualTo(400);
        assertThat(admin.put("/api/admin/users/" + userId("admin"), "{\"active\":false}").status()).isEqualTo(400);
        assertThat(admin.put("/api/admin/users/" + userId("admin"), "{\"roles\":[\"FILER\"]}").status()).isEqualTo(400);
    }

    @Test
    void editingAUserChangesRolesOrgAndActive() {
        ApiClient admin = as("admin");
        String username = unique("edit_");
        long id = createUser(admin, username, orgId("653101-01"), STRONG, "FILER");

        Response moved = admin.put("/api/admin/users/" + id, json(Map.of("displayName", "改名", "orgId",
                orgId("653100"), "roles", List.of("PREFECTURE_REVIEWER", "PREFECTURE_LEADER"))));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().path("displayName").asText()).isEqualTo("改名");
        assertThat(moved.json().path("roles").toString()).isEqualTo("[\"PREFECTURE_REVIEWER\",\"PREFECTURE_LEADER\"]");
        assertThat(moved.json().path("org").path("name").asText()).isEqualTo("喀什地区");
        Response login = new ApiClient(port).login(username, STRONG);
        assertThat(login.json().path("roles").toString()).isEqualTo("[\"PREFECTURE_REVIEWER\",\"PREFECTURE_LEADER\"]");

        // the roles must fit the new org
        assertThat(admin.put("/api/admin/users/" + id, json(Map.of("orgId", orgId("653101-01")))).status()).isEqualTo(400);

        assertThat(admin.put("/api/admin/users/" + id, "{\"active\":false}").status()).isEqualTo(200);
        Response disabled = new ApiClient(port).login(username, STRONG);
        assertThat(disabled.status()).isEqualTo(401);
        assertThat(disabled.json().path("error").asText()).isEqualTo("ACCOUNT_DISABLED");
        assertThat(auditor().get("/api/admin/audit?action=ADMIN_USER_UPDATE&size=200").json().path("items").toString())
                .contains(username).contains("停用");
    }

    @Test
    void aResetEndsEverySessionAndUntilTheTemporaryPasswordIsChangedOnlyThePasswordChangeIsOpen() {
        ApiClient admin = as("admin");
        String username = unique("forced_");
        long id = createUser(admin, username, orgId("653101-01"), STRONG, "FILER");
        ApiClient user = firstLogin(username);
        ApiClient otherDevice = new ApiClient(port);
        assertThat(otherDevice.login(username, CHOSEN).status()).isEqualTo(200);
        assertThat(user.get("/api/forms").status()).isEqualTo(200);

        // reset while the user is logged in twice: both sessions end at once
        String temporary = security().post("/api/admin/users/" + id + "/reset-password", "{}").json()
                .path("temporaryPassword").asText();
        assertThat(user.get("/api/forms").status()).isEqualTo(401);
        assertThat(otherDevice.get("/api/forms").status()).isEqualTo(401);

        ApiClient again = new ApiClient(port);
        assertThat(again.login(username, temporary).status()).isEqualTo(200);
        Response blocked = again.get("/api/forms");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.json().path("error").asText()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        assertThat(blocked.json().path("message").asText()).contains("修改密码");
        assertThat(again.post("/api/forms", "{}").json().path("error").asText()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        assertThat(again.get("/api/auth/me").json().path("mustChangePassword").asBoolean()).isTrue();

        assertThat(again.post("/api/auth/password", change(temporary, "Fresh-password-8")).status()).isEqualTo(204);
        assertThat(again.get("/api/forms").status()).isEqualTo(200);
    }

    @Test
    void deactivationEndsTheSessionAtTheNextRequestAndRoleChangesApplyAtOnce() {
        ApiClient admin = as("admin");
        String username = unique("live_");
        long id = createUser(admin, username, orgId("653101-01"), STRONG, "FILER");
        ApiClient user = firstLogin(username);
        assertThat(user.get("/api/tasks").status()).isEqualTo(200);

        assertThat(admin.put("/api/admin/users/" + id, json(Map.of("roles", List.of("FILER", "UNIT_HEAD")))).status())
                .isEqualTo(200);
        assertThat(user.get("/api/auth/me").json().path("roles").toString()).isEqualTo("[\"FILER\",\"UNIT_HEAD\"]");

        assertThat(admin.put("/api/admin/users/" + id, "{\"active\":false}").status()).isEqualTo(200);
        Response ended = user.get("/api/tasks");
        assertThat(ended.status()).isEqualTo(401);
        assertThat(ended.json().path("error").asText()).isEqualTo("ACCOUNT_DISABLED");
        // the session is gone, not only refused: re-enabling the account does not bring it back
        assertThat(admin.put("/api/admin/users/" + id, "{\"active\":true}").status()).isEqualTo(200);
        assertThat(user.get("/api/tasks").json().path("error").asText()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void threeAdministratorsNoAccountHoldsTwoOfThemOrOneWithABusinessRole() {
        ApiClient system = as("admin");
        ApiClient security = security();
        long region = orgId("650000");
        for (List<String> roles : List.of(List.of("SYSTEM_ADMIN", "AUDIT_ADMIN"), List.of("SECURITY_ADMIN", "FILER"),
                List.of("AUDIT_ADMIN", "PREFECTURE_LEADER"))) {
            Response r = security.post("/api/admin/users", json(Map.of("username", unique("conflict_"),
                    "displayName", "冲突", "orgId", region, "roles", roles, "password", STRONG)));
            assertThat(r.status()).as(roles + " " + r.body()).isEqualTo(422);
            assertThat(r.json().path("error").asText()).isEqualTo("ROLE_CONFLICT");
        }
        // the administrators' accounts are the security administrator's, the business accounts the system administrator's
        String auditorName = unique("auditor_");
        Map<String, Object> auditorAccount = Map.of("username", auditorName, "displayName", "审计", "orgId", region,
                "roles", List.of("AUDIT_ADMIN"), "password", STRONG);
        assertThat(system.post("/api/admin/users", json(auditorAccount)).status()).isEqualTo(403);
        long auditorId = createUser(security, auditorName, region, STRONG, "AUDIT_ADMIN");
        assertThat(system.put("/api/admin/users/" + auditorId, "{\"displayName\":\"改名\"}").status()).isEqualTo(403);
        Response addBusiness = security.put("/api/admin/users/" + auditorId, json(Map.of("roles", List.of("AUDIT_ADMIN", "FILER"))));
        assertThat(addBusiness.status()).isEqualTo(422);
        long filer = userId("ks_filer");
        assertThat(security.put("/api/admin/users/" + filer, json(Map.of("roles", List.of("SYSTEM_ADMIN")))).status())
                .isEqualTo(403);
        assertThat(system.put("/api/admin/users/" + filer, json(Map.of("roles", List.of("SYSTEM_ADMIN")))).status())
                .isEqualTo(403);
        assertThat(firstLogin(auditorName).get("/api/admin/audit").status()).isEqualTo(200);
    }

    @Test
    void passwordsLongerThan72BytesAre400WhereverTheyAreSet() {
        ApiClient system = as("admin");
        String tooLong = "Ab1" + "密".repeat(25);
        Response create = system.post("/api/admin/users", json(Map.of("username", unique("long_"), "displayName", "长",
                "orgId", orgId("653100"), "roles", List.of("PREFECTURE_REVIEWER"), "password", tooLong)));
        assertThat(create.status()).isEqualTo(400);
        assertThat(create.json().path("message").asText()).contains("password").contains("72");

        String username = unique("long_");
        long id = createUser(system, username, orgId("653100"), STRONG, "PREFECTURE_REVIEWER");
        Response reset = security().post("/api/admin/users/" + id + "/reset-password", json(Map.of("password", tooLong)));
        assertThat(reset.status()).isEqualTo(400);
        ApiClient user = firstLogin(username);
        assertThat(user.post("/api/auth/password", change(CHOSEN, tooLong)).status()).isEqualTo(400);
        assertThat(user.post("/api/auth/password", change(tooLong, "Another-pass-42")).status()).isEqualTo(400);
    }

    @Test
    void noneOfTheLastFivePasswordsComesBack() {
        String username = unique("history_");
        createUser(as("admin"), username, orgId("653100"), STRONG, "PREFECTURE_REVIEWER");
        ApiClient user = firstLogin(username);
        List<String> passwords = List.of(CHOSEN, "Second-pass-2", "Third-pass-3", "Fourth-pass-4", "Fifth-pass-5");
        for (int i = 1; i < passwords.size(); i++) {
            assertThat(user.post("/api/auth/password", change(passwords.get(i - 1), passwords.get(i))).status()).isEqualTo(204);
        }
        Response reused = user.post("/api/auth/password", change("Fifth-pass-5", CHOSEN));
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.json().path("message").asText()).contains("最近 5 次");
        // STRONG (the initial one) is now the sixth last: allowed again
        assertThat(user.post("/api/auth/password", change("Fifth-pass-5", STRONG)).status()).isEqualTo(204);
    }

    @Test
    void withoutAnySecurityAdministratorTheSystemAdministratorMayCreateTheFirst() {
        ApiClient system = as("admin");
        long region = orgId("650000");
        jdbc.update("UPDATE app_user SET active = FALSE WHERE username = 'secadmin'"); // as after the upgrade from ADMIN
        String first = unique("first_sec_");
        try {
            assertThat(createUser(system, first, region, STRONG, "SECURITY_ADMIN")).isPositive();
            Response second = system.post("/api/admin/users", json(Map.of("username", unique("second_sec_"),
                    "displayName", "第二个", "orgId", region, "roles", List.of("SECURITY_ADMIN"), "password", STRONG)));
            assertThat(second.status()).isEqualTo(403);
        } finally {
            jdbc.update("UPDATE app_user SET active = TRUE WHERE username = 'secadmin'");
            jdbc.update("UPDATE app_user SET active = FALSE WHERE username = ?", first);
        }
    }
}
