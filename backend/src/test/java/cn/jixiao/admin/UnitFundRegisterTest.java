package cn.jixiao.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.H2Test;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The unit ↔ fund register: the system administrator's, demo units registered with the funds their names imply. */
@H2Test
class UnitFundRegisterTest extends AdminTestBase {

    @Test
    void demoUnitsAreRegisteredWithTheFundsTheirNamesImply() {
        JsonNode list = as("admin").get("/api/admin/unit-funds").json();
        assertThat(funds(list, "喀什市社会保险中心")).containsExactly("ENTERPRISE_PENSION", "PUBLIC_PENSION",
                "RESIDENT_PENSION", "WORK_INJURY", "UNEMPLOYMENT");
        assertThat(funds(list, "喀什市医疗保障局")).containsExactly("EMPLOYEE_MEDICAL", "RESIDENT_MEDICAL");
        assertThat(funds(list, "和静县社会保险管理局")).isNotEmpty();
        for (JsonNode unit : list) {
            assertThat(unit.path("funds").size()).as(unit.toString()).isPositive();
        }
    }

    @Test
    void theSystemAdministratorReplacesAUnitsFundsAndItIsAudited() {
        ApiClient admin = as("admin");
        long unit = orgId("653122-01");
        JsonNode before = admin.get("/api/admin/unit-funds").json();
        try {
            Response put = admin.put("/api/admin/unit-funds/" + unit,
                    json(Map.of("funds", List.of("WORK_INJURY", "ENTERPRISE_PENSION", "WORK_INJURY"))));
            assertThat(put.status()).as(put.body()).isEqualTo(200);
            assertThat(put.json().path("funds").toString()).isEqualTo("[\"ENTERPRISE_PENSION\",\"WORK_INJURY\"]");
            assertThat(funds(admin.get("/api/admin/unit-funds").json(), "疏勒县社会保险管理局"))
                    .containsExactly("ENTERPRISE_PENSION", "WORK_INJURY");
            assertThat(auditor().get("/api/admin/audit?action=ADMIN_UNIT_FUNDS&size=200").json().toString())
                    .contains("疏勒县社会保险管理局 登记险种：").contains("→ 企业职工基本养老保险、工伤保险");
        } finally {
            admin.put("/api/admin/unit-funds/" + unit, json(Map.of("funds", funds(before, "疏勒县社会保险管理局"))));
        }
    }

    @Test
    void badChangesAreRefusedNamingTheField() {
        ApiClient admin = as("admin");
        long unit = orgId("653122-01");
        Response unknown = admin.put("/api/admin/unit-funds/" + unit, json(Map.of("funds", List.of("PENSION"))));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("message").asText()).contains("funds").contains("PENSION");
        Response missing = admin.put("/api/admin/unit-funds/" + unit, "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("message").asText()).contains("funds");
        Response county = admin.put("/api/admin/unit-funds/" + orgId("653122"), json(Map.of("funds", List.of())));
        assertThat(county.status()).isEqualTo(400);
        assertThat(county.json().path("message").asText()).contains("unitId");
        assertThat(admin.put("/api/admin/unit-funds/987654321", json(Map.of("funds", List.of()))).status())
                .isEqualTo(404);
    }

    @Test
    void onlyTheSystemAdministratorKeepsTheRegister() {
        for (String user : List.of("ks_reviewer", "ks_filer", "secadmin", "auditor")) {
            assertThat(as(user).get("/api/admin/unit-funds").status()).as(user).isEqualTo(403);
            assertThat(as(user).put("/api/admin/unit-funds/" + orgId("653122-01"), "{\"funds\":[]}").status())
                    .as(user).isEqualTo(403);
        }
        assertThat(as("admin").get("/api/auth/me").json().path("adminAreas").toString()).contains("UNIT_FUNDS");
    }

    private static List<String> funds(JsonNode list, String unit) {
        for (JsonNode u : list) {
            if (u.path("unit").asText().equals(unit)) {
                List<String> funds = new ArrayList<>();
                u.path("funds").forEach(f -> funds.add(f.asText()));
                return funds;
            }
        }
        throw new AssertionError("no unit " + unit + " in " + list);
    }
}
