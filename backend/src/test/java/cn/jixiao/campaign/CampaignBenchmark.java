package cn.jixiao.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.document.Fund;
import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.MariaDbTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issues a campaign to 100 units × 8 funds on MariaDB and times its page (GET /api/campaigns/{id}, 800 items), the
 * campaign list, the dashboard with 800 未报 cells and the 汇总表, over HTTP. Measures, asserts nothing about time.
 * Not part of the normal run; see docs/benchmarks.md for the command. Prints lines starting with "BENCH".
 */
@MariaDbTest
@Tag("benchmark")
@EnabledIfSystemProperty(named = "jixiao.benchmark", matches = "true")
class CampaignBenchmark extends CampaignTestBase {

    private static final int UNITS = Integer.getInteger("jixiao.benchmark.units", 100);
    private static final List<Fund> FUNDS = Arrays.stream(Fund.values()).filter(f -> f != Fund.ALL).toList();
    private static final int YEAR = 2099;

    @Test
    void issueACampaignTo100UnitsTimes8FundsAndLoadItsPage() {
        List<Long> units = benchUnits();
        ApiClient reviewer = as("ks_reviewer");
        Map<String, Object> body = campaign("TARGET", YEAR, null, YEAR + "-01-31");
        body.put("units", units.stream().map(u -> Map.of("unitId", u)).toList());
        long t0 = System.nanoTime();
        Response issued = reviewer.post("/api/campaigns", json(body));
        double issueMs = (System.nanoTime() - t0) / 1e6;
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        long id = issued.json().path("id").asLong();
        assertThat(issued.json().path("items").size()).isEqualTo(UNITS * FUNDS.size());
        System.out.printf(Locale.ROOT, "BENCH issue %d units x %d funds: %.1f ms%n", UNITS, FUNDS.size(), issueMs);

        time("GET /api/campaigns/{id} (first)", () -> reviewer.get("/api/campaigns/" + id));
        time("GET /api/campaigns", () -> reviewer.get("/api/campaigns?year=" + YEAR));
        time("GET /api/dashboard", () -> reviewer.get("/api/dashboard?year=" + YEAR + "&type=TARGET"));
        time("GET /api/campaigns/{id}/export", () -> {
            var r = reviewer.download("/api/campaigns/" + id + "/export?format=xlsx");
            return new Response(r.statusCode(), "", null);
        });
        // again once the server's code paths are warm (the first pass also pays for the JIT)
        time("GET /api/campaigns/{id} (warm)", () -> reviewer.get("/api/campaigns/" + id));
        long filer = as("ks_filer").get("/api/campaigns/pending").status();
        assertThat(filer).isEqualTo(200);
    }

    /** 100 units in a county of their own under 喀什地区, each registered with the 8 funds (set up, not timed). */
    private List<Long> benchUnits() {
        long kashgar = orgId("653100");
        String prefecturePath = jdbc.queryForObject("SELECT path FROM org WHERE id = ?", String.class, kashgar);
        jdbc.update("INSERT INTO org (parent_id, code, name, level, path, sort_order) VALUES (?, 'B99', '基准县', "
                + "'COUNTY', ?, 99)", kashgar, prefecturePath + "B99/");
        long county = orgId("B99");
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= UNITS; i++) {
            String code = String.format(Locale.ROOT, "B99-%03d", i);
            jdbc.update("INSERT INTO org (parent_id, code, name, level, path, sort_order) VALUES (?, ?, ?, 'UNIT', ?, ?)",
                    county, code, "基准县第" + i + "社会保险单位", prefecturePath + "B99/" + code + "/", i);
            long unit = orgId(code);
            for (Fund f : FUNDS) {
                jdbc.update("INSERT INTO unit_fund (unit_id, fund, updated_by) VALUES (?, ?, 'bench')", unit, f.name());
            }
            ids.add(unit);
        }
        return ids;
    }

    private static void time(String what, Supplier<Response> call) {
        for (int i = 0; i < 30; i++) {
            assertThat(call.get().status()).isEqualTo(200);
        }
        int n = 50;
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            Response r = call.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
            assertThat(r.status()).isEqualTo(200);
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "BENCH %s: median %.1f ms, p95 %.1f ms, max %.1f ms (%d requests, 800 items)%n",
                what, ms[n / 2], ms[(int) (n * 0.95)], ms[n - 1], n);
    }
}
