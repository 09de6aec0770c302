package cn.jixiao.admin;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jixiao.web.ApiException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy production = new PasswordPolicy(false);
    private final PasswordPolicy demo = new PasswordPolicy(true);

    @Test
    void atLeastTenCharacters() {
        assertThatThrownBy(() -> production.check("新密码", "Abcdef-12", "u1")).isInstanceOf(ApiException.class)
                .hasMessageContaining("新密码").hasMessageContaining("至少 10");
        assertThatCode(() -> production.check("新密码", "Abcdef-123", "u1")).doesNotThrowAnyException();
    }

    @Test
    void notTheUsername() {
        assertThatThrownBy(() -> production.check("p", "zhang.san.01", "Zhang.San.01")).hasMessageContaining("用户名");
    }

    @Test
    void demoPasswordsOnlyInTheDemoProfile() {
        assertThatThrownBy(() -> production.check("p", "demo1234demo", "u1")).hasMessageContaining("演示密码");
        assertThatThrownBy(() -> production.check("p", "DEMO12345678", "u1")).hasMessageContaining("演示密码");
        assertThatCode(() -> demo.check("p", "demo1234demo", "u1")).doesNotThrowAnyException();
        // demo1234 itself is too short anywhere
        assertThatThrownBy(() -> demo.check("p", "demo1234", "u1")).hasMessageContaining("至少 10");
    }

    @Test
    void theDemoFlagIsOnlySetWhereTheDemoAccountsAreLoaded() throws Exception {
        var loader = new org.springframework.boot.env.YamlPropertySourceLoader();
        java.util.function.Function<String, Object> demoIn = name -> {
            try {
                return loader.load(name, new org.springframework.core.io.ClassPathResource(name)).get(0)
                        .getProperty("jixiao.demo");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        org.assertj.core.api.Assertions.assertThat(demoIn.apply("application.yml")).hasToString("true");
        org.assertj.core.api.Assertions.assertThat(demoIn.apply("application-demo.yml")).hasToString("true");
        org.assertj.core.api.Assertions.assertThat(demoIn.apply("application-mysql.yml")).hasToString("false");
    }

    @Test
    void blankAndTooLong() {
        assertThatThrownBy(() -> production.check("p", "", "u1")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> production.check("p", null, "u1")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> production.check("p", "            ", "u1")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> production.check("p", "x".repeat(73), "u1")).hasMessageContaining("72");
    }
}
