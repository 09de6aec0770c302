package cn.jixiao.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.H2Test;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every /api/admin endpoint answers the administrator whose duty it is (三员分立, api.md v2) and 403 to everybody
 * else — the other two administrators included; nobody logged in gets 401.
 */
@H2Test
class AdminPermissionTest extends AdminTestBase {

    record Call(String name, Set<String> allowed, Function<ApiClient, Response> call) {
    }

    private static final Set<String> SYSTEM = Set.of("admin");
    private static final Set<String> SECURITY = Set.of("secadmin");
    private static final Set<String> AUDIT = Set.of("auditor");
    private static final Set<String> SYSTEM_AND_SECURITY = Set.of("admin", "secadmin");

    /** {@code target}: an account of its own for the calls that change an account's password, lock or factor. */
    List<Call> calls(long target) {
        long ks = orgId("653100");
        long user = userId("ks_filer");
        return List.of(
                new Call("GET orgs", SYSTEM_AND_SECURITY, c -> c.get("/api/admin/orgs")),
                new Call("POST orgs", SYSTEM, c -> c.post("/api/admin/orgs", json(Map.of("parentId", ks, "name", "权限测试单位")))),
                new Call("PUT orgs", SYSTEM, c -> c.put("/api/admin/orgs/" + ks, "{}")),
                new Call("GET users", SYSTEM_AND_SECURITY, c -> c.get("/api/admin/users")),
                new Call("POST users", SYSTEM, c -> c.post("/api/admin/users", json(Map.of("username", unique("perm_"),
                        "displayName", "权限", "orgId", ks, "roles", List.of("PREFECTURE_REVIEWER"), "password", STRONG)))),
                new Call("PUT users", SYSTEM, c -> c.put("/api/admin/users/" + user, "{}")),
                new Call("POST reset-password", SECURITY, c -> c.post("/api/admin/users/" + target + "/reset-password", "{}")),
                new Call("POST unlock", SECURITY, c -> c.post("/api/admin/users/" + target + "/unlock", "{}")),
                new Call("POST reset-mfa", SECURITY, c -> c.post("/api/admin/users/" + target + "/reset-mfa", "{}")),
                new Call("GET settings", SYSTEM_AND_SECURITY, c -> c.get("/api/admin/settings?prefectureId=" + ks)),
                new Call("PUT settings (rules)", SYSTEM, c -> c.put("/api/admin/settings",
                        json(Map.of("values", Map.of("grade.excellent", ""))))),
                new Call("PUT settings (security)", SECURITY, c -> c.put("/api/admin/settings",
                        json(Map.of("values", Map.of("password.expiryDays", ""))))),
                new Call("GET calendar", SYSTEM, c -> c.get("/api/admin/calendar?year=2026")),
                new Call("PUT calendar", SYSTEM, c -> c.put("/api/admin/calendar",
                        json(Map.of("from", "2031-01-04", "kind", "DEFAULT")))),
                new Call("GET consistency", SYSTEM, c -> c.get("/api/admin/consistency")),
                new Call("GET audit", AUDIT, c -> c.get("/api/admin/audit")),
                new Call("GET audit export", AUDIT, c -> c.get("/api/admin/audit/export")),
                new Call("GET audit verify", AUDIT, c -> c.get("/api/admin/audit/verify")));
    }

    @Test
    void eachAdministratorMayCallItsOwnPartAndNobodyElse() {
        long target = createUser(as("admin"), unique("perm_target_"), orgId("653100"), STRONG, "PREFECTURE_LEADER");
        List<String> everybody = List.of("ks_filer", "ks_head", "ks_reviewer", "ks_leader", "admin", "secadmin", "auditor");
        for (String who : everybody) {
            ApiClient client = as(who);
            for (Call c : calls(target)) {
                Response r = c.call().apply(client);
                if (c.allowed().contains(who)) {
                    assertThat(r.status()).as(who + " " + c.name() + ": " + r.body()).isBetween(200, 201);
                } else {
                    assertThat(r.status()).as(who + " " + c.name() + ": " + r.body()).isEqualTo(403);
                    assertThat(r.json().path("error").asText()).as(who + " " + c.name()).isEqualTo("FORBIDDEN");
                }
            }
        }
        ApiClient anonymous = anonymous();
        for (Call c : calls(target)) {
            Response r = c.call().apply(anonymous);
            assertThat(r.status()).as("anonymous " + c.name() + ": " + r.body()).isEqualTo(401);
        }
        // the org made above is deactivated again so it is not left around
        long made = jdbc.queryForObject("SELECT MAX(id) FROM org WHERE name = '权限测试单位'", Long.class);
        assertThat(as("admin").put("/api/admin/orgs/" + made, "{\"active\":false}").status()).isEqualTo(200);
    }

    @Test
    void eachAdministratorSeesOnlyItsOwnSettings() {
        String system = as("admin").get("/api/admin/settings").body();
        String security = security().get("/api/admin/settings").body();

        assertThat(system).contains("grade.excellent", "due.target").doesNotContain("password.expiryDays", "mfa.requiredRoles");
        assertThat(security).contains("password.expiryDays", "session.idleMinutes", "mfa.requiredRoles",
                "audit.retentionDays").doesNotContain("grade.excellent", "due.target");
    }

    @Test
    void anyoneMayChangeTheirOwnPasswordButMustBeLoggedIn() {
        Response r = anonymous().post("/api/auth/password", "{\"oldPassword\":\"demo1234\",\"newPassword\":\"" + STRONG + "\"}");
        assertThat(r.status()).isEqualTo(401);
    }
}
