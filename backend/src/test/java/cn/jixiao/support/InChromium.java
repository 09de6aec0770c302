package cn.jixiao.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser test (tag "browser"): its {@link Browser} field is the shared chromium, clean before each test
 * ({@link ChromiumExtension}). Put it after {@link H2Test}, whose Spring context gives the server's port.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(ChromiumExtension.class)
public @interface InChromium {
}
