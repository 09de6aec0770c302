package cn.jixiao.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.FormActions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Logged-in clients and small helpers for the administration tests. */
abstract class AdminTestBase {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String STRONG = "Xinjiang-2026!";
    /** What {@link #firstLogin} changes {@link #STRONG} to. */
    static final String CHOSEN = "Chosen-by-owner-7";
    private static final AtomicInteger SEQ = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient as(String username) {
        return ApiClient.loggedIn(port, username);
    }

    /** The audit administrator, the only one who reads the audit log. */
    ApiClient auditor() {
        return as("auditor");
    }

    /** The security administrator: password resets, unlocks, second factors, security settings. */
    ApiClient security() {
        return as("secadmin");
    }

    /** Logs in a user the administrator created with {@link #STRONG} and makes the forced password change. */
    ApiClient firstLogin(String username) {
        ApiClient client = new ApiClient(port);
        assertThat(client.login(username, STRONG).status()).isEqualTo(200);
        Response changed = client.post("/api/auth/password", change(STRONG, CHOSEN));
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        return client;
    }

    static String change(String oldPassword, String newPassword) {
        return json(java.util.Map.of("oldPassword", oldPassword, "newPassword", newPassword));
    }

    ApiClient anonymous() {
        return new ApiClient(port);
    }

    long orgId(String code) {
        return jdbc.queryForObject("SELECT id FROM org WHERE code = ?", Long.class, code);
    }

    long userId(String username) {
        return jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
    }

    static String unique(String prefix) {
        return prefix + System.currentTimeMillis() % 100000 + "x" + SEQ.incrementAndGet();
    }

    static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Creates a user through the API and returns its id. */
    long createUser(ApiClient admin, String username, long orgId, String password, String... roles) {
        Response r = admin.post("/api/admin/users", json(java.util.Map.of("username", username,
                "displayName", "测试 " + username, "orgId", orgId, "roles", java.util.List.of(roles),
                "password", password)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asLong();
    }

    /** A monitoring form (the medical fixture, 监控时点 2020年9月) under a project name of its own, so it is no duplicate. */
    static long createMonitoring(ApiClient filer, String project) {
        return FormActions.create(filer, FormActions.monitoringDocument(project));
    }

    /** The filer submits (explaining every warning) and the unit head approves: the form waits for 地区审核. */
    static void submitAndApproveByHead(ApiClient filer, ApiClient head, long form) {
        Response submitted = FormActions.submit(filer, form, "draft");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        Response approved = head.post("/api/tasks/" + FormActions.openTask(head, form, "unitReview") + "/complete",
                "{\"decision\":\"APPROVE\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    }

    static String task(ApiClient user, long form) {
        JsonNode item = openTask(user, form);
        assertThat(item).as("open task of form " + form).isNotNull();
        return item.path("taskId").asText();
    }

    /** The user's 待办 item for the form, or null. */
    static JsonNode openTask(ApiClient user, long form) {
        for (JsonNode item : user.get("/api/tasks?scope=todo&size=200").json().path("items")) {
            if (item.path("formId").asLong() == form) {
                return item;
            }
        }
        return null;
    }

    /** Creates an org through the API and returns its id. */
    long createOrg(ApiClient admin, long parentId, String name, String level) {
        java.util.Map<String, Object> body = new java.util.HashMap<>();
        body.put("parentId", parentId);
        body.put("name", name);
        if (level != null) {
            body.put("level", level);
        }
        Response r = admin.post("/api/admin/orgs", json(body));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asLong();
    }
}
