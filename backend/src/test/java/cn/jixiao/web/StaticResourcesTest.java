package cn.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.H2Test;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a browser is told about the web app's files, on the real server: text gzipped when asked for,
 * versioned WebJars cacheable for a year as immutable, the app's own files revalidated by ETag (304), the
 * API still {@code no-store}; and the page names only versioned WebJars and no ECharts.
 */
@H2Test
class StaticResourcesTest {

    private static final Pattern WEBJAR = Pattern.compile("(?:src|href|content)=\"(/webjars/[^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void thePageIsGzippedAndRevalidatedByEtag() throws Exception {
        HttpResponse<byte[]> page = get("/", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(page, "Cache-Control")).isEqualTo("no-cache");
        String etag = header(page, "ETag");
        assertThat(etag).startsWith("W/\"");

        HttpResponse<byte[]> again = get("/", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(header(again, "ETag")).isEqualTo(etag);
    }

    @Test
    void theAppsOwnModulesAreGzippedAndRevalidatedByEtag() throws Exception {
        HttpResponse<byte[]> main = get("/app/main.js", null);
        assertThat(main.statusCode()).isEqualTo(200);
        assertThat(header(main, "Cache-Control")).isEqualTo("no-cache");
        assertThat(gunzip(main)).contains("import");
        String etag = header(main, "ETag");
        assertThat(get("/app/main.js", etag).statusCode()).isEqualTo(304);
        assertThat(get("/app/main.js", "W/\"something-else\"").statusCode()).isEqualTo(200);
    }

    @Test
    void versionedWebjarsAreImmutableForAYear() throws Exception {
        List<String> urls = webjarsOfThePage();
        assertThat(urls).anyMatch(u -> u.contains("/ant-design-vue/")).anyMatch(u -> u.contains("/vue/"));
        for (String url : urls) {
            HttpResponse<byte[]> r = get(url, null);
            assertThat(r.statusCode()).as(url).isEqualTo(200);
            assertThat(header(r, "Cache-Control")).as(url).isEqualTo("max-age=31536000, public, immutable");
        }
        HttpResponse<byte[]> antd = get(urls.stream().filter(u -> u.endsWith("antd-with-locales.min.js"))
                .findFirst().orElseThrow(), null);
        assertThat(header(antd, "Content-Encoding")).isEqualTo("gzip");
        assertThat(antd.body().length).isLessThan(700_000); // 1.7 MB unpacked
    }

    @Test
    void thePageNamesEveryWebjarWithItsVersionAndLeavesEchartsToTheDashboard() throws Exception {
        String page = gunzip(get("/index.html", null));
        assertThat(page).doesNotContain("${");
        for (String url : webjarsOfThePage()) {
            assertThat(url).matches("/webjars/[^/]+/\\d[^/]*/.+");
        }
        assertThat(page).doesNotContainPattern("<script[^>]+echarts");
        assertThat(page).containsPattern("<meta name=\"jx-echarts\" content=\"/webjars/echarts/\\d");
    }

    @Test
    void aVersionFreeWebjarUrlIsRevalidatedNotKept() throws Exception {
        HttpResponse<byte[]> r = get("/webjars/vue/dist/vue.global.prod.js", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(header(r, "Cache-Control")).isEqualTo("no-cache");
    }

    @Test
    void theApiStaysNoStore() throws Exception {
        HttpResponse<byte[]> me = get("/api/auth/me", null);
        assertThat(header(me, "Cache-Control")).contains("no-store");
    }

    private List<String> webjarsOfThePage() throws Exception {
        Matcher m = WEBJAR.matcher(gunzip(get("/index.html", null)));
        List<String> urls = new ArrayList<>();
        while (m.find()) {
            urls.add(m.group(1));
        }
        return urls;
    }

    private HttpResponse<byte[]> get(String path, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", "gzip");
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    private static String gunzip(HttpResponse<byte[]> r) throws IOException {
        assertThat(header(r, "Content-Encoding")).isEqualTo("gzip");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
