package cn.jixiao.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test against MariaDB/MySQL with the production `mysql` profile and demo data, on a
 * scratch database recreated once per test run. Tagged "mariadb": included with {@code -Pmariadb}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag("mariadb")
@ActiveProfiles({"test", "mysql", "demo"})
@ContextConfiguration(initializers = MariaDbTestDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface MariaDbTest {
}
