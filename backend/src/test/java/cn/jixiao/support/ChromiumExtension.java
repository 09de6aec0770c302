package cn.jixiao.support;

import java.lang.reflect.Field;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Fills each {@link Browser} field of a browser test with the test JVM's one chromium, started on first use and
 * quit when the test run ends, reset before every test and pointed at that test's server. Skips the class where
 * chromium or chromedriver is not installed.
 */
public final class ChromiumExtension implements BeforeAllCallback, BeforeEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ChromiumExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        Assumptions.assumeTrue(Browser.available(), "chromium/chromedriver not installed: browser tests skipped");
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        Browser browser = shared(context);
        int port = Integer.parseInt(SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port"));
        browser.reset(port, context.getRequiredTestMethod().getName());
        Object test = context.getRequiredTestInstance();
        for (Field field : ReflectionSupport.findFields(test.getClass(), f -> f.getType() == Browser.class,
                HierarchyTraversalMode.TOP_DOWN)) {
            field.setAccessible(true);
            field.set(test, browser);
        }
    }

    @SuppressWarnings("deprecation") // CloseableResource: JUnit 5.12 closes a root-store value at the end of the run only through it
    private static Browser shared(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("chromium", k -> new Running(new Browser()), Running.class).browser();
    }

    @SuppressWarnings("deprecation")
    private record Running(Browser browser) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            browser.close();
        }
    }
}
