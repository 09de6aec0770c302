package cn.jixiao.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The statements MariaDB executed during a phase, from its global status counters: where its CPU goes and what
 * jixiao adds to the engine's statements. Every client of the server counts, so other work on it shows too.
 */
final class ServerStatements {

    /** Counter → the label in the report, in the report's order. */
    static final Map<String, String> COUNTERS = new LinkedHashMap<>();

    static {
        COUNTERS.put("Com_select", "SELECT");
        COUNTERS.put("Com_insert", "INSERT");
        COUNTERS.put("Com_update", "UPDATE");
        COUNTERS.put("Com_delete", "DELETE");
        COUNTERS.put("Com_commit", "COMMIT");
        COUNTERS.put("Questions", "all (Questions)");
    }

    private final LoadOptions options;

    ServerStatements(LoadOptions options) {
        this.options = options;
    }

    /** The counters now; empty when the server cannot be asked (the report then leaves the rows out). */
    Map<String, Long> now() {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(options.dbServerUrl(), options.dbUser(), options.dbPassword());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ('"
                     + String.join("','", COUNTERS.keySet()) + "')")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            LoadMain.log("MariaDB's status counters could not be read: " + e.getMessage());
            return Map.of();
        }
        return counts;
    }

    static Map<String, Long> between(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> done = new LinkedHashMap<>();
        for (String counter : COUNTERS.keySet()) {
            if (before.containsKey(counter) && after.containsKey(counter)) {
                done.put(counter, after.get(counter) - before.get(counter));
            }
        }
        return done;
    }
}
