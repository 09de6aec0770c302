package cn.jixiao.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.Fixtures;
import cn.jixiao.support.H2Test;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@H2Test
class AdminOrgTest extends AdminTestBase {

    private static JsonNode find(JsonNode nodes, long id) {
        for (JsonNode n : nodes) {
            if (n.path("id").asLong() == id) {
                return n;
            }
            JsonNode hit = find(n.path("children"), id);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    private String path(long id) {
        return jdbc.queryForObject("SELECT path FROM org WHERE id = ?", String.class, id);
    }

    @Test
    void treeShowsRegionPrefecturesCountiesAndOwnLevelUnits() {
        JsonNode tree = as("admin").get("/api/admin/orgs").json();
        assertThat(tree).hasSize(1);
        assertThat(tree.get(0).path("name").asText()).isEqualTo("新疆维吾尔自治区");
        JsonNode kashgar = find(tree, orgId("653100"));
        assertThat(kashgar.path("level").asText()).isEqualTo("PREFECTURE");
        JsonNode ownLevel = find(tree, orgId("653100-01"));
        assertThat(ownLevel.path("ownLevel").asBoolean()).isTrue();
        assertThat(find(tree, orgId("653101-01")).path("ownLevel").asBoolean()).isFalse();
        assertThat(find(tree, orgId("653101")).path("children").size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void addRenameAndDeactivate() {
        ApiClient admin = as("admin");
        long kashgar = orgId("653100");
        long ownUnit = createOrg(admin, kashgar, "喀什地区测试本级单位", null);
        JsonNode node = find(admin.get("/api/admin/orgs").json(), ownUnit);
        assertThat(node.path("level").asText()).isEqualTo("UNIT");
        assertThat(node.path("ownLevel").asBoolean()).isTrue();
        assertThat(node.path("path").asText()).startsWith("/650000/653100/653100-");

        Response renamed = admin.put("/api/admin/orgs/" + ownUnit, json(Map.of("name", "喀什地区测试本级单位（改）")));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().path("name").asText()).isEqualTo("喀什地区测试本级单位（改）");

        // a unit with an active user cannot be deactivated until the user is gone
        String username = unique("org_user_");
        long user = createUser(admin, username, ownUnit, STRONG, "FILER");
        assertThat(admin.put("/api/admin/orgs/" + ownUnit, "{\"active\":false}").status()).isEqualTo(400);
        admin.put("/api/admin/users/" + user, "{\"active\":false}");
        Response off = admin.put("/api/admin/orgs/" + ownUnit, "{\"active\":false}");
        assertThat(off.status()).as(off.body()).isEqualTo(200);
        assertThat(off.json().path("active").asBoolean()).isFalse();
        // no new users in a deactivated org
        Response r = admin.post("/api/admin/users", json(Map.of("username", unique("x"), "displayName", "x",
                "orgId", ownUnit, "roles", List.of("FILER"), "password", STRONG)));
        assertThat(r.status()).isEqualTo(400);

        String audit = auditor().get("/api/admin/audit?action=ADMIN_ORG_UPDATE&size=200").json().path("items").toString();
        assertThat(audit).contains("喀什地区测试本级单位（改）").contains("停用");
        assertThat(auditor().get("/api/admin/audit?action=ADMIN_ORG_CREATE&size=200").json().path("items").toString())
                .contains("喀什地区测试本级单位").contains("本级");
    }

    @Test
    void badOrgInputIs400NamingTheField() {
        ApiClient admin = as("admin");
        long kashgar = orgId("653100");
        long unit = orgId("653101-01");
        record Case(String body, String field) {
        }
        for (Case c : List.of(
                new Case("{\"name\":\"x\"}", "parentId"),
                new Case(json(Map.of("parentId", kashgar)), "name"),
                new Case(json(Map.of("parentId", 999999, "name", "x")), "parentId"),
                new Case(json(Map.of("parentId", unit, "name", "x")), "level"),
                new Case(json(Map.of("parentId", kashgar, "name", "x", "level", "PREFECTURE")), "level"),
                new Case(json(Map.of("parentId", kashgar, "name", "x", "level", "PLANET")), "level"),
                new Case(json(Map.of("parentId", kashgar, "name", "x", "code", "653101")), "code"),
                new Case(json(Map.of("parentId", kashgar, "name", "x", "code", "a_b%")), "code"),
                new Case(json(Map.of("parentId", kashgar, "name", "x".repeat(101))), "name"))) {
            Response r = admin.post("/api/admin/orgs", c.body());
            assertThat(r.status()).as(c + " " + r.body()).isEqualTo(400);
            assertThat(r.json().path("message").asText()).as(c.toString()).contains(c.field());
        }
        // moves that break the tree
        long county = orgId("653101");
        assertThat(admin.put("/api/admin/orgs/" + kashgar, json(Map.of("parentId", county))).json().path("message")
                .asText()).contains("parentId");
        assertThat(admin.put("/api/admin/orgs/" + county, json(Map.of("parentId", unit))).status()).isEqualTo(400);
        assertThat(admin.put("/api/admin/orgs/" + orgId("650000"), "{\"active\":false}").status()).isEqualTo(400);
        assertThat(admin.put("/api/admin/orgs/" + county, "{\"active\":false}").json().path("message").asText())
                .contains("active");
        assertThat(admin.put("/api/admin/orgs/" + county, "{\"name\":\"  \"}").status()).isEqualTo(400);
        assertThat(admin.put("/api/admin/orgs/999999", "{}").status()).isEqualTo(404);
        assertThat(admin.post("/api/admin/orgs", "").status()).isEqualTo(400);
    }

    @Test
    void movingACountyRewritesTheSubtreePathsAndScopingFollows() throws Exception {
        ApiClient admin = as("admin");
        long kashgar = orgId("653100");
        long bayingol = orgId("652800");
        long county = createOrg(admin, kashgar, "测试县", "COUNTY");
        long unit = createOrg(admin, county, "测试县社会保险管理局", null);
        String countyCode = jdbc.queryForObject("SELECT code FROM org WHERE id = ?", String.class, county);
        String unitCode = jdbc.queryForObject("SELECT code FROM org WHERE id = ?", String.class, unit);
        assertThat(path(unit)).isEqualTo("/650000/653100/" + countyCode + "/" + unitCode + "/");

        String filerName = unique("move_filer_");
        createUser(admin, filerName, unit, STRONG, "FILER");
        ApiClient filer = firstLogin(filerName);
        ObjectNode doc = (ObjectNode) JSON.readTree(Fixtures.read(Fixtures.MONITORING_MEDICAL));
        doc.put("project", "机构移动测试");
        Response created = filer.post("/api/forms", doc.toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long form = created.json().path("id").asLong();

        ApiClient ksReviewer = as("ks_reviewer");
        ApiClient bzReviewer = as("bz_reviewer");
        assertThat(ksReviewer.get("/api/forms/" + form).status()).isEqualTo(200);
        assertThat(bzReviewer.get("/api/forms/" + form).status()).isEqualTo(404);

        Response moved = admin.put("/api/admin/orgs/" + county, json(Map.of("parentId", bayingol)));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().path("path").asText()).isEqualTo("/650000/652800/" + countyCode + "/");
        assertThat(path(unit)).isEqualTo("/650000/652800/" + countyCode + "/" + unitCode + "/");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_task WHERE form_id = ? AND org_path NOT LIKE '/650000/652800/%'",
                Integer.class, form)).isZero();
        assertThat(jdbc.queryForObject("SELECT parent_id FROM org WHERE id = ?", Long.class, county)).isEqualTo(bayingol);

        assertThat(ksReviewer.get("/api/forms/" + form).status()).isEqualTo(404);
        assertThat(bzReviewer.get("/api/forms/" + form).status()).isEqualTo(200);
        assertThat(filer.get("/api/forms/" + form).status()).isEqualTo(200);
        assertThat(auditor().get("/api/admin/audit?action=ADMIN_ORG_UPDATE&size=200").json().path("items").toString())
                .contains("从 喀什地区 移到 巴音郭楞蒙古自治州");

        // and back again
        assertThat(admin.put("/api/admin/orgs/" + county, json(Map.of("parentId", kashgar))).status()).isEqualTo(200);
        assertThat(path(unit)).isEqualTo("/650000/653100/" + countyCode + "/" + unitCode + "/");
        assertThat(ksReviewer.get("/api/forms/" + form).status()).isEqualTo(200);
        assertThat(bzReviewer.get("/api/forms/" + form).status()).isEqualTo(404);
    }
}
