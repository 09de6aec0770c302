package cn.jixiao.form;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.H2Test;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 全部表单 by keyword (project or unit) and by unit: the search only narrows the caller's scope, so a unit or a
 * prefecture never finds another's forms by searching for them or by naming their unit.
 */
@H2Test
class FormSearchApiTest extends FormApiTestBase {

    private static final String KS_UNIT = "喀什市社会保险中心"; // ks_filer's
    private static final String HJ_UNIT = "和静县社会保险管理局"; // hj_filer's, another prefecture

    @Test
    void aKeywordAndAUnitNarrowTheScopeNeverWidenIt() {
        String word = "检索" + System.nanoTime();
        long ks = createMonitoringForm(as("ks_filer"), word + " 城镇职工基本医疗保险");
        long hj = createMonitoringForm(as("hj_filer"), word + " 城镇职工基本医疗保险");
        long ksUnit = unitId(KS_UNIT);
        long hjUnit = unitId(HJ_UNIT);

        ApiClient reviewer = as("ks_reviewer");
        assertThat(ids(reviewer, "q=" + enc(word))).containsExactly(ks);
        assertThat(ids(reviewer, "q=" + enc(word) + "&unitId=" + ksUnit)).containsExactly(ks);
        assertThat(ids(reviewer, "q=" + enc(word) + "&unitId=" + hjUnit)).isEmpty();
        assertThat(ids(reviewer, "q=" + enc(KS_UNIT) + "&size=100")).contains(ks);
        assertThat(ids(reviewer, "q=" + enc(HJ_UNIT))).isEmpty();
        assertThat(ids(as("hj_filer"), "q=" + enc(word))).containsExactly(hj);
        assertThat(ids(as("ks_filer"), "unitId=" + hjUnit)).isEmpty();
        assertThat(ids(as("ksyb_filer"), "q=" + enc(word))).isEmpty(); // another unit of the same county
        // the keyword is text, not a pattern
        assertThat(ids(reviewer, "q=" + enc("检索%医疗"))).isEmpty();
        assertThat(reviewer.get("/api/forms?q=" + enc(word) + "&type=TARGET").json().path("total").asLong()).isZero();
    }

    @Test
    void theUnitsToFilterByAreThoseOfTheScope() {
        JsonNode prefecture = as("ks_reviewer").get("/api/forms/units").json();
        List<String> names = new ArrayList<>();
        prefecture.forEach(u -> names.add(u.path("name").asText()));
        assertThat(names).contains(KS_UNIT, "喀什市医疗保障局").doesNotContain(HJ_UNIT);
        JsonNode unit = as("ks_filer").get("/api/forms/units").json();
        assertThat(unit).hasSize(1);
        assertThat(unit.get(0).path("name").asText()).isEqualTo(KS_UNIT);
    }

    @Test
    void aKeywordTooLongIsA400NamingIt() {
        Response r = as("ks_reviewer").get("/api/forms?q=" + enc("长".repeat(101)));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("message").asText()).contains("q").contains("关键词");
    }

    private List<Long> ids(ApiClient user, String query) {
        Response r = user.get("/api/forms?" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        r.json().path("items").forEach(i -> ids.add(i.path("id").asLong()));
        return ids;
    }

    private long unitId(String name) {
        return jdbc.queryForObject("SELECT id FROM org WHERE name = ?", Long.class, name);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
