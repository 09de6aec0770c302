package cn.jixiao.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The mappers alone (MyBatis, the data source, Flyway; no web, no engine): their SQL on H2 in MySQL mode, a
 * database of their own, and with {@code -Pmariadb} on MariaDB like the rest of the suite ({@link TestDatabase}).
 * Each test method is a transaction rolled back at its end unless it says otherwise.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag("integration")
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles(resolver = TestDatabase.Profiles.class)
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:jixiao-mappers;MODE=MySQL;DB_CLOSE_DELAY=-1")
public @interface MapperTest {
}
