package cn.jixiao.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * The setup phase (not measured): through the ADMIN API, the prefectures that are missing, the county
 * units with a filer and a unit head each, and per prefecture its reviewers and leaders. Idempotent:
 * what already exists (found by org code or username) is reused, so a second run on the same database
 * only logs in.
 */
final class LoadSetup {

    private static final int PARALLEL = 4; // BCrypt per user creation and login: a few at a time is enough

    private final LoadOptions options;
    private final Session admin;
    private final Map<String, JsonNode> orgsByCode = new HashMap<>();
    private final Set<String> usernames = new HashSet<>();

    LoadSetup(LoadOptions options, Session admin) {
        this.options = options;
        this.admin = admin;
    }

    Population run() {
        admin.login(options.adminPassword());
        readOrgs();
        Session.Response users = admin.get("/api/admin/users");
        require(users, 200, "GET /api/admin/users");
        users.json().forEach(u -> usernames.add(u.path("username").asText()));
        JsonNode region = orgsByCode.values().stream().filter(o -> "REGION".equals(o.path("level").asText()))
                .findFirst().orElseThrow(() -> new IllegalStateException("no REGION org: is this jixiao's demo data?"));

        List<Population.Prefecture> prefectures = new ArrayList<>();
        for (int p = 0; p < options.prefectures(); p++) {
            Prefectures.Known known = Prefectures.KNOWN.get(p);
            long id = org(known.code(), region.path("id").asLong(), known.name(), known.shortName(), "PREFECTURE");
            prefectures.add(prefecture(p, id));
        }
        List<Population.Unit> units = new ArrayList<>();
        for (int u = 0; u < options.counties(); u++) {
            int p = prefectureOf(u);
            String county = county(u);
            long countyId = org(String.format("LOAD-C%03d", u + 1), prefectures.get(p).orgId(), county, county, "COUNTY");
            long unitId = org(String.format("LOAD-U%03d", u + 1), countyId, unitName(u), county + "社保局", "UNIT");
            units.add(unit(u, unitId));
        }

        List<Callable<Void>> creations = new ArrayList<>();
        for (Population.Prefecture p : prefectures) {
            p.reviewers().forEach(name -> creations.add(user(name, "地区审核 " + name, p.orgId(), "PREFECTURE_REVIEWER")));
            p.leaders().forEach(name -> creations.add(user(name, "地区领导 " + name, p.orgId(), "PREFECTURE_LEADER")));
        }
        for (Population.Unit u : units) {
            creations.add(user(u.filer(), u.name() + "填报人", u.orgId(), "FILER"));
            creations.add(user(u.head(), u.name() + "负责人", u.orgId(), "UNIT_HEAD"));
        }
        inParallel(creations, PARALLEL);
        return new Population(List.copyOf(prefectures), List.copyOf(units));
    }

    /** One logged-in session per person (not measured: on a deadline day everybody logged in long before). */
    Map<String, Session> logIn(HttpClient http, Population population) {
        List<String> people = new ArrayList<>();
        population.prefectures().forEach(p -> {
            people.addAll(p.reviewers());
            people.addAll(p.leaders());
        });
        population.units().forEach(u -> {
            people.add(u.filer());
            people.add(u.head());
        });
        Map<String, Session> sessions = new ConcurrentHashMap<>();
        inParallel(people.stream().<Callable<Void>>map(name -> () -> {
            sessions.put(name, new Session(http, options.url(), name).login(options.password()));
            return null;
        }).toList(), PARALLEL);
        return sessions;
    }

    /** The same people without a server (for --only baseline): org ids are made up. */
    static Population offline(LoadOptions options) {
        LoadSetup names = new LoadSetup(options, null);
        List<Population.Prefecture> prefectures = IntStream.range(0, options.prefectures())
                .mapToObj(p -> names.prefecture(p, 1000 + p)).toList();
        List<Population.Unit> units = IntStream.range(0, options.counties()).mapToObj(u -> names.unit(u, 2000 + u))
                .toList();
        return new Population(prefectures, units);
    }

    private Population.Prefecture prefecture(int p, long orgId) {
        Prefectures.Known known = Prefectures.KNOWN.get(p);
        List<String> reviewers = IntStream.rangeClosed(1, options.reviewers())
                .mapToObj(k -> "load_rev_" + known.code() + "_" + k).toList();
        List<String> leaders = IntStream.rangeClosed(1, options.leaders())
                .mapToObj(k -> "load_lead_" + known.code() + "_" + k).toList();
        return new Population.Prefecture(orgId, known.name(), reviewers, leaders);
    }

    private Population.Unit unit(int u, long orgId) {
        return new Population.Unit(orgId, unitName(u), prefectureOf(u), String.format("load_filer_%03d", u + 1),
                String.format("load_head_%03d", u + 1));
    }

    /** Neighbouring units lie in different prefectures, so the work in flight is spread over all of them. */
    private int prefectureOf(int unit) {
        return unit % options.prefectures();
    }

    private static String county(int u) {
        return String.format("压测县%03d", u + 1);
    }

    private static String unitName(int u) {
        return county(u) + "社会保险管理局";
    }

    /** Runs the tasks on {@code threads} threads; the first failure is rethrown. */
    static <T> List<T> inParallel(List<? extends Callable<T>> tasks, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            tasks.forEach(t -> futures.add(pool.submit(t)));
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void readOrgs() {
        Session.Response tree = admin.get("/api/admin/orgs");
        require(tree, 200, "GET /api/admin/orgs");
        tree.json().forEach(this::collect);
    }

    private void collect(JsonNode node) {
        orgsByCode.put(node.path("code").asText(), node);
        node.path("children").forEach(this::collect);
    }

    /** The org with this code: reused when it exists under the expected parent, else created. */
    private long org(String code, long parentId, String name, String shortName, String level) {
        JsonNode existing = orgsByCode.get(code);
        if (existing != null) {
            if (existing.path("parentId").asLong() != parentId || !level.equals(existing.path("level").asText())) {
                throw new IllegalStateException("org " + code + " exists elsewhere in the tree (an earlier run with other "
                        + "--prefectures?): use a fresh database");
            }
            return existing.path("id").asLong();
        }
        ObjectNode body = Session.JSON.createObjectNode().put("parentId", parentId).put("code", code)
                .put("name", name).put("shortName", shortName).put("level", level);
        Session.Response created = admin.post("/api/admin/orgs", body.toString());
        require(created, 201, "POST /api/admin/orgs " + code);
        JsonNode org = created.json();
        orgsByCode.put(code, org);
        return org.path("id").asLong();
    }

    private Callable<Void> user(String username, String displayName, long orgId, String role) {
        return () -> {
            if (usernames.contains(username)) {
                return null;
            }
            ObjectNode body = Session.JSON.createObjectNode().put("username", username).put("displayName", displayName)
                    .put("orgId", orgId).put("password", options.password());
            body.putArray("roles").add(role);
            require(admin.post("/api/admin/users", body.toString()), 201, "POST /api/admin/users " + username);
            return null;
        };
    }

    static void require(Session.Response r, int status, String what) {
        if (r.status() != status) {
            throw new IllegalStateException(what + " answered " + r.status() + ": " + r.body());
        }
    }
}
