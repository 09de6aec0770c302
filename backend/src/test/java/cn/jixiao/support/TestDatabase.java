package cn.jixiao.support;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Which database the shared integration suite ({@link H2Test}) runs on: the embedded H2 by default, MariaDB
 * when the system property {@code jixiao.test.database} is {@code mariadb} — the {@code mariadb} Maven
 * profile runs the whole suite a second time that way, with the production {@code mysql} profile.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static boolean isMariaDb() {
        return "mariadb".equalsIgnoreCase(System.getProperty("jixiao.test.database", ""));
    }

    /** The Spring profiles of the suite's context. */
    public static final class Profiles implements ActiveProfilesResolver {
        @Override
        public String[] resolve(Class<?> testClass) {
            return isMariaDb() ? new String[] {"test", "mysql", "demo"} : new String[] {"test"};
        }
    }

    /** Points the suite's context at the scratch MariaDB database when the suite runs there. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            if (isMariaDb()) {
                new MariaDbTestDatabase().initialize(context);
            }
        }
    }
}
