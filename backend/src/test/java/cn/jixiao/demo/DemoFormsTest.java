package cn.jixiao.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fresh start of the demo data (issue 18): the demo forms are there, made through the workflow, and every demo
 * role opens to an inbox with work in it. A context of its own on a database of its own (not the suite's shared
 * one, which the {@code test} profile keeps free of demo forms), started the way the embedded default starts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:demoforms;MODE=MySQL;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.admin-user.password=test-only-camunda-admin",
        "logging.level.root=WARN"})
class DemoFormsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoForms demoForms;

    @Test
    void everyDemoRoleOpensToALivingInboxAndTheStatesAreThere() {
        for (String user : List.of("ks_filer", "ks_head", "ks_reviewer", "ks_leader")) {
            JsonNode todo = ApiClient.loggedIn(port, user).get("/api/tasks?scope=todo&size=50").json().path("items");
            assertThat(todo.size()).as(user + "'s inbox").isGreaterThanOrEqualTo(1);
        }
        JsonNode returned = ApiClient.loggedIn(port, "ks_filer").get("/api/tasks?scope=todo&size=50").json().path("items");
        assertThat(returned.findValuesAsText("key")).contains("correct");

        List<Map<String, Object>> states = jdbc.queryForList(
                "SELECT f.form_type, f.status, o.code FROM form f JOIN org o ON o.id = f.unit_id");
        assertThat(states).filteredOn(r -> "TARGET".equals(r.get("FORM_TYPE")) && "SIGNED".equals(r.get("STATUS")))
                .extracting(r -> r.get("CODE"))
                .containsExactlyInAnyOrder("653101-01", "653101-02", "653100-01", "653100-02", "653100-03", "652827-01");
        assertThat(states).extracting(r -> r.get("STATUS"))
                .contains("UNIT_REVIEW", "PREFECTURE_REVIEW", "SIGN_OFF", "RETURNED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM form_history WHERE action = 'RETURN' AND actor = 'ks_reviewer'"
                + " AND comment = ?", Integer.class, DemoForms.RETURN_COMMENT)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM indicator_library", Integer.class))
                .as("the signed targets seeded the 指标库").isGreaterThan(0);

        int forms = jdbc.queryForObject("SELECT COUNT(*) FROM form", Integer.class);
        demoForms.run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM form", Integer.class)).as("a second start adds nothing")
                .isEqualTo(forms);
    }
}
