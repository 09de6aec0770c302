package cn.jixiao.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.H2Test;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

@H2Test
class AdminAuditTest extends AdminTestBase {

    private void insert(String user, String action, Long formId, String at, String detail) {
        jdbc.update("INSERT INTO audit_log (at, username, remote_ip, action, form_id, detail) VALUES (?, ?, '10.0.0.1', ?, ?, ?)",
                java.sql.Timestamp.valueOf(at), user, action, formId, detail);
    }

    @Test
    void filtersByUserFormActionAndTimeWithPaging() {
        String user = unique("aud_");
        insert(user, "SUBMIT", 9001L, "2021-03-01 09:00:00", "提交");
        insert(user, "APPROVE", 9001L, "2021-03-02 10:00:00", "通过");
        insert(user, "SUBMIT", 9002L, "2021-03-03 11:00:00", "提交，含逗号");
        insert(user, "SUBMIT", 9002L, "2021-04-01 00:00:00", "四月");
        ApiClient admin = auditor();

        JsonNode all = admin.get("/api/admin/audit?user=" + user).json();
        assertThat(all.path("total").asLong()).isEqualTo(4);
        assertThat(all.path("items").get(0).path("detail").asText()).isEqualTo("四月"); // newest first
        assertThat(all.path("items").get(0).path("remoteIp").asText()).isEqualTo("10.0.0.1");

        assertThat(admin.get("/api/admin/audit?user=" + user + "&formId=9001").json().path("total").asLong()).isEqualTo(2);
        assertThat(admin.get("/api/admin/audit?user=" + user + "&action=submit").json().path("total").asLong()).isEqualTo(3);
        assertThat(admin.get("/api/admin/audit?user=" + user + "&from=2021-03-02&to=2021-03-03").json().path("total")
                .asLong()).isEqualTo(2); // "to" includes the whole day
        assertThat(admin.get("/api/admin/audit?user=" + user + "&from=2021-03-01T09:30:00").json().path("total")
                .asLong()).isEqualTo(3);

        JsonNode page1 = admin.get("/api/admin/audit?user=" + user + "&page=1&size=3").json();
        assertThat(page1.path("items").size()).isEqualTo(1);
        assertThat(page1.path("total").asLong()).isEqualTo(4);
        assertThat(page1.path("page").asInt()).isEqualTo(1);
        assertThat(page1.path("size").asInt()).isEqualTo(3);
    }

    @Test
    void badFiltersAre400() {
        ApiClient admin = auditor();
        for (String q : new String[] {"page=-1", "size=0", "size=201", "formId=x", "from=yesterday", "to=2021-13-01",
                "from=2021-03-05&to=2021-03-01"}) {
            Response r = admin.get("/api/admin/audit?" + q);
            assertThat(r.status()).as(q + " " + r.body()).isEqualTo(400);
            String field = q.substring(0, q.indexOf('='));
            assertThat(r.json().path("message").asText()).as(q).contains(field);
            assertThat(admin.get("/api/admin/audit/export?" + q.replace("page=-1", "from=x").replace("size=0", "to=y")
                    .replace("size=201", "formId=z")).status()).as("export " + q).isEqualTo(400);
        }
    }

    @Test
    void exportsTheSameFilterAsCsvWithABomForExcel() {
        String user = unique("csv_");
        insert(user, "SUBMIT", 9101L, "2022-05-01 08:00:00", "说明，含逗号和\"引号\"");
        insert(user, "RETURN", 9102L, "2022-05-02 08:00:00", "=HYPERLINK(\"x\")");
        insert(unique("other_"), "SUBMIT", 9101L, "2022-05-01 08:00:00", "别人");
        ApiClient admin = auditor();

        Response csv = admin.get("/api/admin/audit/export?user=" + user);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/csv").contains("UTF-8");
        assertThat(csv.raw().headers().firstValue("Content-Disposition").orElse("")).contains("attachment")
                .contains(".csv");
        String body = csv.body();
        assertThat(body).startsWith("\uFEFF时间,用户,IP,操作,表单ID,详情\r\n");
        String[] lines = body.split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).isEqualTo("2022-05-02 08:00:00," + user + ",10.0.0.1,RETURN,9102,\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(lines[2]).isEqualTo("2022-05-01 08:00:00," + user + ",10.0.0.1,SUBMIT,9101,\"说明，含逗号和\"\"引号\"\"\"");

        Response one = admin.get("/api/admin/audit/export?user=" + user + "&action=RETURN&from=" + LocalDate.of(2022, 5, 2));
        assertThat(one.body().split("\r\n")).hasSize(2);
    }
}
