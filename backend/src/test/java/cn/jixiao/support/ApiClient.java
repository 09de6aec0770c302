package cn.jixiao.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A browser-like client for tests against the running server: keeps cookies and sends the
 * XSRF-TOKEN cookie back as X-XSRF-TOKEN on unsafe requests, as the Vue app does.
 */
public class ApiClient {

    public record Response(int status, String body, HttpResponse<String> raw) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final CookieManager cookies;
    private final HttpClient http;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private boolean sendCsrf = true;

    public ApiClient(int port) {
        this(baseUrl(port));
    }

    /** A client of the server at {@code base}, e.g. {@code http://localhost:8080}. */
    public ApiClient(String base) {
        this(base, new CookieManager());
    }

    private ApiClient(String base, CookieManager cookies) {
        this.base = base;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static String baseUrl(int port) {
        return "http://localhost:" + port;
    }

    /** A fresh client that has logged in; fails the test if the login does not succeed. */
    public static ApiClient loggedIn(int port, String username) {
        return loggedIn(baseUrl(port), username);
    }

    public static ApiClient loggedIn(String base, String username) {
        ApiClient client = new ApiClient(base);
        Response r = client.login(username, "demo1234");
        if (r.status() != 200) {
            throw new AssertionError("login of " + username + " failed: " + r.status() + " " + r.body());
        }
        return client;
    }

    /**
     * The same browser (same cookies, shared from now on) talking to another server: another node
     * behind the load balancer.
     */
    public ApiClient at(String otherBase) {
        return new ApiClient(otherBase, cookies);
    }

    public ApiClient withoutCsrf() {
        sendCsrf = false;
        return this;
    }

    /**
     * Every request as if forwarded by a proxy for a client at {@code address} (the test profile trusts
     * X-Forwarded-* from loopback): tests of per-address limits get an address of their own.
     */
    public ApiClient from(String address) {
        headers.put("X-Forwarded-For", address);
        return this;
    }

    /** Every request with this header (e.g. X-Forwarded-Proto: https, as behind a TLS proxy). */
    public ApiClient withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Response login(String username, String password) {
        return post("/api/auth/login", "{\"username\":" + quote(username) + ",\"password\":" + quote(password) + "}");
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Response post(String path, String json) {
        return send(unsafe(path).POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Response put(String path, String json) {
        return send(unsafe(path).PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Response delete(String path) {
        return send(unsafe(path).DELETE());
    }

    /** A download: status, headers and the raw bytes. */
    public HttpResponse<byte[]> download(String path) {
        return sendBytes(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A multipart/form-data upload of one file in the field {@code field}. */
    public Response upload(String path, String field, String fileName, byte[] content) {
        return upload(path, field, fileName, content, java.util.Map.of());
    }

    /** The same with text fields before the file (e.g. an attachment's {@code kind}). */
    public Response upload(String path, String field, String fileName, byte[] content, java.util.Map<String, String> fields) {
        String boundary = "jixiao-" + System.nanoTime();
        StringBuilder texts = new StringBuilder();
        fields.forEach((name, value) -> texts.append("--").append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        byte[] head = (texts + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(unsafe(path).setHeader("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private HttpRequest.Builder unsafe(String path) {
        if (cookie("XSRF-TOKEN") == null) {
            get("/api/auth/me"); // any response hands out the token cookie
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json");
        String token = cookie("XSRF-TOKEN");
        if (sendCsrf && token != null) {
            builder.header("X-XSRF-TOKEN", token);
        }
        return builder;
    }

    private HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
        headers.forEach(request::setHeader);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Response send(HttpRequest.Builder request) {
        headers.forEach(request::setHeader);
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
