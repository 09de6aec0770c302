package cn.jixiao.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.H2Test;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every /api/admin endpoint: ADMIN may, a filer / reviewer / leader get 403, nobody logged in 401. */
@H2Test
class AdminPermissionTest extends AdminTestBase {

    record Call(String name, Function<ApiClient, Response> call) {
    }

    List<Call> calls() {
        long ks = orgId("653100");
        long user = userId("ks_filer");
        return List.of(
                new Call("GET orgs", c -> c.get("/api/admin/orgs")),
                new Call("POST orgs", c -> c.post("/api/admin/orgs", json(Map.of("parentId", ks, "name", "权限测试单位")))),
                new Call("PUT orgs", c -> c.put("/api/admin/orgs/" + ks, "{}")),
                new Call("GET users", c -> c.get("/api/admin/users")),
                new Call("POST users", c -> c.post("/api/admin/users", json(Map.of("username", unique("perm_"),
                        "displayName", "权限", "orgId", ks, "roles", List.of("PREFECTURE_REVIEWER"), "password", STRONG)))),
                new Call("PUT users", c -> c.put("/api/admin/users/" + user, "{}")),
                new Call("POST reset-password", c -> c.post("/api/admin/users/" + userId("ks_head") + "/reset-password", "{}")),
                new Call("GET settings", c -> c.get("/api/admin/settings?prefectureId=" + ks)),
                new Call("PUT settings", c -> c.put("/api/admin/settings",
                        json(Map.of("values", Map.of("grade.excellent", ""))))),
                new Call("GET calendar", c -> c.get("/api/admin/calendar?year=2026")),
                new Call("PUT calendar", c -> c.put("/api/admin/calendar",
                        json(Map.of("from", "2031-01-04", "kind", "DEFAULT")))),
                new Call("GET consistency", c -> c.get("/api/admin/consistency")),
                new Call("GET audit", c -> c.get("/api/admin/audit")),
                new Call("GET audit export", c -> c.get("/api/admin/audit/export")));
    }

    @Test
    void onlyAdminMayCallTheAdministration() {
        ApiClient anonymous = anonymous();
        for (String who : List.of("ks_filer", "ks_head", "ks_reviewer", "ks_leader")) {
            ApiClient client = as(who);
            for (Call c : calls()) {
                Response r = c.call().apply(client);
                assertThat(r.status()).as(who + " " + c.name() + ": " + r.body()).isEqualTo(403);
                assertThat(r.json().path("error").asText()).as(c.name()).isEqualTo("FORBIDDEN");
            }
        }
        for (Call c : calls()) {
            Response r = c.call().apply(anonymous);
            assertThat(r.status()).as("anonymous " + c.name() + ": " + r.body()).isEqualTo(401);
        }
        ApiClient admin = as("admin");
        for (Call c : calls()) {
            if (c.name().equals("POST reset-password")) {
                continue; // would lock ks_head out of the other tests; checked on a user of its own in AdminUsersTest
            }
            Response r = c.call().apply(admin);
            assertThat(r.status()).as("admin " + c.name() + ": " + r.body()).isBetween(200, 201);
        }
        long own = createUser(admin, unique("perm_reset_"), orgId("653100"), STRONG, "PREFECTURE_LEADER");
        assertThat(admin.post("/api/admin/users/" + own + "/reset-password", "{}").status()).isEqualTo(200);
        // the org made above is deactivated again so it is not left around
        long made = jdbc.queryForObject("SELECT MAX(id) FROM org WHERE name = '权限测试单位'", Long.class);
        assertThat(admin.put("/api/admin/orgs/" + made, "{\"active\":false}").status()).isEqualTo(200);
    }

    @Test
    void anyoneMayChangeTheirOwnPasswordButMustBeLoggedIn() {
        Response r = anonymous().post("/api/auth/password", "{\"oldPassword\":\"demo1234\",\"newPassword\":\"" + STRONG + "\"}");
        assertThat(r.status()).isEqualTo(401);
    }
}
