package cn.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.H2Test;
import cn.jixiao.support.RawHttp;
import cn.jixiao.support.RawHttp.Answer;
import cn.jixiao.support.RawHttp.Padded;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Fires hostile requests at every /api endpoint the application maps (read from Spring MVC's handler mapping, so
 * a new endpoint is probed without anyone listing it): odd path variables, NUL bytes, path parameters, absurd
 * paging, malformed, deeply nested and wrongly typed JSON, the wrong content type, uploads without their file.
 * Whatever the answer, it is never a 5xx, and an error is the API's JSON error body. Path variables never name a
 * real row, so nothing the demo accounts rely on changes.
 */
@H2Test
class HostileRequestProbeTest {

    /** Logging out would end the probing session; the rest of the API is fair game. */
    static final Set<String> NOT_PROBED = Set.of("/api/auth/logout");

    static final List<String> PATH_VALUES = List.of("0", "-1", "99999999999999999999", "abc", "%00", "x%00y",
            "1;jsessionid=abc", "%2e%2e", "..%2f..", "%ff%fe", "TARGET%00");

    static final List<String> QUERIES = List.of("page=2147483647&size=200", "page=-1", "size=0", "size=100000",
            "page=99999999999", "year=abc", "year=%00", "type=%00", "fund=%00", "status=NOPE", "scope=%00",
            "format=%00", "prefectureId=abc", "from=x&to=y", "monitorMonth=13", "%00=1", "a=%ff%fe");

    static final String DEEP_ARRAY = "[".repeat(10_000) + "]".repeat(10_000);
    static final String DEEP_OBJECT = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);

    static final List<String> BODIES = List.of("", "{", "[]", "\"x\"", "null", "{\"a\":1}", DEEP_ARRAY, DEEP_OBJECT,
            "{\"version\":\"x\",\"form\":[]}", "{\"decision\":[],\"comment\":{}}", "1e999999999",
            "{\"year\":99999999999999999999999}", "\u0000");

    static final String MULTIPART_WITHOUT_FILE = "--b\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--b--\r\n";

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Endpoint(String method, String pattern) {
    }

    List<Endpoint> endpoints() {
        Set<String> seen = new TreeSet<>();
        List<Endpoint> all = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/") || NOT_PROBED.contains(pattern)) {
                    continue;
                }
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    if (seen.add(m + " " + pattern)) {
                        all.add(new Endpoint(m.name(), pattern));
                    }
                }
            }
        }
        return all;
    }

    static String fill(String pattern, String value) {
        return pattern.replaceAll("\\{[^}]+}", value);
    }

    final List<String> failures = new ArrayList<>();

    void probe(Map<String, String> session, String method, String target, String contentType, String body) {
        Map<String, String> headers = new LinkedHashMap<>(session);
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        Answer a = RawHttp.send(port, method + " " + target + " HTTP/1.1", headers,
                body == null ? null : Padded.of(body), false);
        String what = method + " " + target + (body == null ? "" : " body " + abbreviated(body));
        if (a.status() >= 500) {
            failures.add(what + " → " + a.status() + " " + abbreviated(a.body()));
        } else if (a.status() >= 400 && !isErrorBody(a)) {
            failures.add(what + " → " + a.status() + " not the JSON error body: " + a.headers().get("content-type")
                    + " " + abbreviated(a.body()));
        }
    }

    /** {"error": "CODE", "message": "中文说明"} as JSON. */
    static boolean isErrorBody(Answer a) {
        if (!a.headers().getOrDefault("content-type", "").startsWith("application/json")) {
            return false;
        }
        try {
            JsonNode body = JSON.readTree(a.body());
            return body.path("error").isTextual() && body.path("message").isTextual()
                    && body.path("message").asText().codePoints().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff);
        } catch (IOException e) {
            return false;
        }
    }

    static String abbreviated(String s) {
        String line = s.replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0");
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }

    void probeAll(Map<String, String> session) {
        for (Endpoint e : endpoints()) {
            boolean hasBody = !e.method().equals("GET") && !e.method().equals("DELETE");
            for (String value : PATH_VALUES) {
                probe(session, e.method(), fill(e.pattern(), value), hasBody ? "application/json" : null,
                        hasBody ? "{}" : null);
            }
            String target = fill(e.pattern(), "0");
            for (String query : QUERIES) {
                probe(session, e.method(), target + "?" + query, null, hasBody ? "" : null);
            }
            if (hasBody) {
                for (String body : BODIES) {
                    probe(session, e.method(), target, "application/json", body);
                }
                probe(session, e.method(), target, "text/plain", "x");
                probe(session, e.method(), target, "Application/JSON; charset=nonsense", "{}");
                probe(session, e.method(), target, "multipart/form-data; boundary=b", MULTIPART_WITHOUT_FILE);
                probe(session, e.method(), target, "multipart/form-data", MULTIPART_WITHOUT_FILE);
            }
        }
    }

    @Test
    void noEndpointAnswersAHostileRequestWithA5xxOrWithoutTheJsonErrorBody() {
        assertThat(endpoints()).hasSizeGreaterThan(20);
        for (String user : List.of("ks_filer", "ks_reviewer", "admin")) {
            probeAll(RawHttp.sessionOf(ApiClient.loggedIn(port, user)));
        }
        ApiClient anonymous = new ApiClient(port);
        anonymous.get("/api/auth/me");
        probeAll(RawHttp.sessionOf(anonymous));

        assertThat(failures).as(failures.size() + " bad answers").isEmpty();
    }

    @Test
    void requestsTheFirewallRefusesAndTheErrorPageAnswerAsJson() {
        Map<String, String> session = RawHttp.sessionOf(ApiClient.loggedIn(port, "ks_filer"));
        for (String target : List.of("/error", "/api/forms;jsessionid=abc", "/api/forms/1;jsessionid=abc",
                "/api/forms/%00", "/api/forms?year=%00", "/api/%2e%2e/admin/users", "/api//forms", "/api/forms/%2F1",
                "/api/forms/%5c1", "/api/forms/\u00001", "/api/nothing-here", "/error?x=%00")) {
            probe(session, "GET", target, null, null);
        }
        probe(session, "POST", "/api/forms/validate", "application/json", DEEP_OBJECT);
        probe(session, "POST", "/api/forms/import", "multipart/form-data; boundary=b", MULTIPART_WITHOUT_FILE);

        assertThat(failures).as(failures.size() + " bad answers").isEmpty();
        Answer pathParameter = RawHttp.send(port, "GET /api/forms;jsessionid=abc HTTP/1.1", session, null, false);
        assertThat(pathParameter.status()).isEqualTo(400);
        assertThat(pathParameter.body()).contains(";jsessionid=");
        Answer error = RawHttp.send(port, "GET /error HTTP/1.1", session, null, false);
        assertThat(error.status()).isEqualTo(404);
        assertThat(error.body()).contains("\"error\":\"NOT_FOUND\"");
    }

    @Test
    void deepNestingIsA400WithAChineseMessage() {
        Map<String, String> headers = new LinkedHashMap<>(RawHttp.sessionOf(ApiClient.loggedIn(port, "ks_filer")));
        headers.put("Content-Type", "application/json");

        Answer a = RawHttp.send(port, "POST /api/tasks/0/complete HTTP/1.1", headers, Padded.of(DEEP_OBJECT), false);

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.body()).contains("\"error\":\"BAD_REQUEST\"").contains("嵌套");
    }
}
