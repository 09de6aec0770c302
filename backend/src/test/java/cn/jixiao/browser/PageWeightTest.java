package cn.jixiao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.Browser;
import cn.jixiao.support.H2Test;
import cn.jixiao.support.InChromium;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the login page costs a county office's line, in a real chromium with an empty cache: bytes over the wire
 * (Resource Timing's transferSize: headers + the body as sent, gzipped where it was) on a first visit and on a
 * reload, and the number of requests. It prints the figures (docs/benchmarks.md, "Page weight") and holds them
 * to the budget: ≤ 1.2 MB first, ≤ 50 KB on a reload, ECharts not loaded before the dashboard.
 */
@H2Test
@InChromium
class PageWeightTest {

    private static final String WEIGHT = "const all = [performance.getEntriesByType('navigation')[0],"
            + " ...performance.getEntriesByType('resource')];"
            + " return all.map(e => ({ name: e.name, bytes: e.transferSize, body: e.decodedBodySize }));";

    @LocalServerPort
    int port;

    private Browser browser;

    @Test
    void theLoginPageIsLightOnAFirstVisitAndAlmostFreeOnAReload() {
        browser.driver.get("http://localhost:" + port + "/#/login");
        List<Map<String, Object>> first = settled();
        browser.driver.navigate().refresh();
        List<Map<String, Object>> reload = settled();

        long firstBytes = sum(first, "bytes");
        long reloadBytes = sum(reload, "bytes");
        System.out.printf("PAGE-WEIGHT login page, first visit: %,d bytes transferred in %d requests (%,d bytes"
                        + " unpacked)%n", firstBytes, first.size(), sum(first, "body"));
        System.out.printf("PAGE-WEIGHT login page, reload: %,d bytes transferred, %d requests of which %d went"
                + " to the server (the rest from the cache)%n", reloadBytes, reload.size(),
                reload.stream().filter(e -> ((Number) e.get("bytes")).longValue() > 0).count());
        assertThat(first).noneMatch(e -> e.get("name").toString().contains("echarts"));
        assertThat(firstBytes).isLessThanOrEqualTo(1_200_000);
        assertThat(reloadBytes).isLessThanOrEqualTo(50_000);
    }

    /** The entries once the login form is up and no request has been added for a moment. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> settled() {
        browser.visible(By.id("username"));
        int[] last = {-1};
        browser.until(d -> {
            int now = ((Number) browser.js("return performance.getEntriesByType('resource').length;")).intValue();
            boolean quiet = now == last[0];
            last[0] = now;
            if (!quiet) {
                sleep();
            }
            return quiet;
        });
        return (List<Map<String, Object>>) browser.js(WEIGHT);
    }

    private static long sum(List<Map<String, Object>> entries, String key) {
        return entries.stream().mapToLong(e -> ((Number) e.get(key)).longValue()).sum();
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
