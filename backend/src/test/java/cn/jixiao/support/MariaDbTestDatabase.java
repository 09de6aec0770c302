package cn.jixiao.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test context at MariaDB: server from JIXIAO_TEST_DB_SERVER (default
 * jdbc:mysql://127.0.0.1:3306/, user root, empty password), database JIXIAO_TEST_DB_NAME
 * (default jixiao_test), dropped and created anew once per JVM so every run starts clean.
 * Tests that need a database of their own (e.g. the node tests) use {@link #recreate} and {@link #url(String)}.
 */
public class MariaDbTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String SERVER = env("JIXIAO_TEST_DB_SERVER", "jdbc:mysql://127.0.0.1:3306/");
    private static final String NAME = env("JIXIAO_TEST_DB_NAME", "jixiao_test");
    private static final String USER = env("JIXIAO_TEST_DB_USER", "root");
    private static final String PASSWORD = env("JIXIAO_TEST_DB_PASSWORD", "");
    private static boolean recreated;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        recreateOnce();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("mariadb-test", Map.of(
                "spring.datasource.url", url(),
                "spring.datasource.username", USER,
                "spring.datasource.password", PASSWORD)));
    }

    public static String url() {
        return url(NAME);
    }

    /** The JDBC URL of a database on the test server. */
    public static String url(String database) {
        return SERVER + database + "?useUnicode=true&characterEncoding=utf8&sendFractionalSeconds=false"
                + "&serverTimezone=Asia/Shanghai&allowPublicKeyRetrieval=true&useSSL=false";
    }

    /** The scratch database's name (JIXIAO_TEST_DB_NAME); other test databases are named after it. */
    public static String name() {
        return NAME;
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    private static synchronized void recreateOnce() {
        if (!recreated) {
            recreate(NAME);
            recreated = true;
        }
    }

    /** Drops the database if it exists and creates it empty, as utf8mb4. */
    public static void recreate(String database) {
        try (Connection c = DriverManager.getConnection(SERVER + "?allowPublicKeyRetrieval=true&useSSL=false",
                USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
            s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB test database not reachable at " + SERVER
                    + " (start MariaDB, or set JIXIAO_TEST_DB_SERVER): " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
