package cn.jixiao.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * One person's browser: its own cookies (session and XSRF-TOKEN, sent back as X-XSRF-TOKEN on unsafe
 * requests, as the Vue app does) over an HTTP client shared by all sessions. Every call answers with
 * its status, body and how long it took.
 */
final class Session {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    record Response(int status, String body, long nanos) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        boolean ok() {
            return status / 100 == 2;
        }
    }

    private final HttpClient http;
    private final String base;
    private final String username;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();

    Session(HttpClient http, String base, String username) {
        this.http = http;
        this.base = base;
        this.username = username;
    }

    /** The client all sessions share: HTTP/1.1 (the app speaks nothing else), keep-alive connections. */
    static HttpClient sharedClient() {
        // below Tomcat's 20 s keep-alive, so an idle connection is never reused after the server closed it
        System.setProperty("jdk.httpclient.keepalive.timeout", "10");
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    String username() {
        return username;
    }

    /**
     * Logs in as the person would: with the password the administrator gave them, which the server makes them
     * change at the first login (to {@link #ownPassword}), and with their own one on later runs. Throws when the
     * server says no, naming the user.
     */
    Session login(String given) {
        Response r = attemptLogin(given);
        if (r.status() == 401) {
            r = attemptLogin(ownPassword(given));
        }
        if (r.status() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + r.status() + " " + r.body());
        }
        if (r.json().path("mustChangePassword").asBoolean()) {
            Response changed = post("/api/auth/password", JSON.createObjectNode().put("oldPassword", given)
                    .put("newPassword", ownPassword(given)).toString());
            if (changed.status() != 204) {
                throw new IllegalStateException("first password change of " + username + " failed: "
                        + changed.status() + " " + changed.body());
            }
        }
        return this;
    }

    static String ownPassword(String given) {
        return given + "-own";
    }

    private Response attemptLogin(String password) {
        return post("/api/auth/login", JSON.createObjectNode().put("username", username)
                .put("password", password).toString());
    }

    Response get(String path) {
        return send(request(path).GET());
    }

    Response post(String path, String json) {
        return send(unsafe(path).POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    Response put(String path, String json) {
        return send(unsafe(path).PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder unsafe(String path) {
        if (!cookies.containsKey("XSRF-TOKEN")) {
            get("/api/auth/me"); // any answer hands out the token cookie (a new one after the login)
        }
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json");
        String token = cookies.get("XSRF-TOKEN");
        return token == null ? builder : builder.header("X-XSRF-TOKEN", token);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Accept", "application/json");
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long nanos = System.nanoTime() - start;
            response.headers().allValues("Set-Cookie").forEach(this::keep);
            return new Response(response.statusCode(), response.body(), nanos);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void keep(String setCookie) {
        for (HttpCookie c : HttpCookie.parse(setCookie)) {
            if (c.getMaxAge() == 0 || c.getValue().isEmpty()) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        }
    }
}
