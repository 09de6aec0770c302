package cn.jixiao.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.Fixtures;
import cn.jixiao.support.FormActions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Clients and steps of the campaign tests. Every test files for a year of its own (2061 on), so its campaigns
 * neither take on nor re-date the forms of other tests sharing the database.
 */
abstract class CampaignTestBase {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient as(String username) {
        return ApiClient.loggedIn(port, username);
    }

    long orgId(String code) {
        return jdbc.queryForObject("SELECT id FROM org WHERE code = ?", Long.class, code);
    }

    static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> campaign(String type, Integer year, Integer month, String due) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("year", year);
        body.put("monitorMonth", month);
        body.put("due", due);
        return body;
    }

    /** Issues the campaign; fails the test unless it is created. */
    static JsonNode issue(ApiClient who, Map<String, Object> body) {
        Response r = who.post("/api/campaigns", json(body));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    static Response start(ApiClient filer, long campaignId, long unitId, String fund) {
        return filer.post("/api/campaigns/" + campaignId + "/items/start", json(Map.of("unitId", unitId, "fund", fund)));
    }

    static long started(ApiClient filer, long campaignId, long unitId, String fund) {
        Response r = start(filer, campaignId, unitId, fund);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("formId").asLong();
    }

    /** The item of that unit and fund in the campaign as {@code who} sees it, or null. */
    static JsonNode item(ApiClient who, long campaignId, long unitId, String fund) {
        for (JsonNode i : who.get("/api/campaigns/" + campaignId).json().path("items")) {
            if (i.path("unitId").asLong() == unitId && i.path("fund").asText().equals(fund)) {
                return i;
            }
        }
        return null;
    }

    /** The Kashgar 职工医疗 target (地区医保局本级) for {@code year}, taken through every step to SIGNED. */
    long signedTarget(int year) {
        ObjectNode doc;
        try {
            doc = (ObjectNode) JSON.readTree(Fixtures.read(Fixtures.TARGET_MEDICAL));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        doc.put("year", year);
        ApiClient filer = as("ksyb2_filer");
        long id = FormActions.create(filer, doc);
        assertThat(FormActions.submit(filer, id, "draft").status()).isEqualTo(200);
        complete(as("ksyb2_head"), id, "unitReview", "APPROVE");
        complete(as("ks_reviewer"), id, "prefectureReview", "APPROVE");
        complete(as("ks_leader"), id, "signOff", "SIGN");
        assertThat(filer.get("/api/forms/" + id).json().path("status").asText()).isEqualTo("SIGNED");
        return id;
    }

    static void complete(ApiClient who, long formId, String task, String decision) {
        Response r = who.post("/api/tasks/" + FormActions.openTask(who, formId, task) + "/complete",
                "{\"decision\":\"" + decision + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    static List<String> units(JsonNode campaign) {
        List<String> units = new ArrayList<>();
        campaign.path("items").forEach(i -> {
            if (!units.contains(i.path("unit").asText())) {
                units.add(i.path("unit").asText());
            }
        });
        return units;
    }
}
