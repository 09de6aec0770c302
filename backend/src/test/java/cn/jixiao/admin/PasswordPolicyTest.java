package cn.jixiao.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jixiao.web.ApiException;
import org.junit.jupiter.api.Test;

/** The rules of the policy that need only the text; the history is checked in AdminUsersTest. */
class PasswordPolicyTest {

    private static void production(String password, String username) {
        PasswordPolicy.checkText("新密码", password, username, 10, false);
    }

    private static void demo(String password, String username) {
        PasswordPolicy.checkText("新密码", password, username, 10, true);
    }

    @Test
    void atLeastTenCharacters() {
        assertThatThrownBy(() -> production("Abcdef-12", "u1")).isInstanceOf(ApiException.class)
                .hasMessageContaining("新密码").hasMessageContaining("至少 10");
        assertThatCode(() -> production("Abcdef-123", "u1")).doesNotThrowAnyException();
        // characters, not UTF-16 units or bytes: ten Chinese characters (+ digits) are ten
        assertThatCode(() -> production("新疆维吾尔自治区喀什Ab1", "u1")).doesNotThrowAnyException();
    }

    @Test
    void threeOfFourClasses() {
        assertThatThrownBy(() -> production("abcdefghij12", "u1")).hasMessageContaining("至少 3 类");
        assertThatThrownBy(() -> production("ABCDEFGHIJ-!", "u1")).hasMessageContaining("至少 3 类");
        assertThatCode(() -> production("abcdefgh-12", "u1")).doesNotThrowAnyException();
        assertThatCode(() -> production("Abcdefghij12", "u1")).doesNotThrowAnyException();
    }

    @Test
    void notTheUsername() {
        assertThatThrownBy(() -> production("Zhang.San.01", "zhang.san.01")).hasMessageContaining("用户名");
        assertThatThrownBy(() -> production("My-zhangsan-9", "zhangsan")).hasMessageContaining("用户名");
    }

    @Test
    void notACommonPassword() {
        assertThatThrownBy(() -> production("P@ssw0rd123", "u1")).hasMessageContaining("常见密码");
        assertThatThrownBy(() -> production("Qwerty123456", "u1")).hasMessageContaining("常见密码");
        // the usual way around a class rule: a common word with digits and a sign appended
        assertThatThrownBy(() -> production("Password2026!", "u1")).hasMessageContaining("常见密码");
        assertThatThrownBy(() -> production("1qaz@WSX3edc", "u1")).hasMessageContaining("常见密码");
        assertThatCode(() -> production("Xinjiang-2026!", "u1")).doesNotThrowAnyException();
    }

    @Test
    void demoPasswordsOnlyInTheDemoProfile() {
        assertThatThrownBy(() -> production("Demo1234demo", "u1")).hasMessageContaining("演示密码");
        assertThatThrownBy(() -> production("DEMO1234567a", "u1")).hasMessageContaining("演示密码");
        assertThatCode(() -> demo("Demo1234demo", "u1")).doesNotThrowAnyException();
        // demo1234 itself is too short anywhere
        assertThatThrownBy(() -> demo("demo1234", "u1")).hasMessageContaining("至少 10");
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
        assertThat(demoIn.apply("application.yml")).hasToString("true");
        assertThat(demoIn.apply("application-demo.yml")).hasToString("true");
        assertThat(demoIn.apply("application-mysql.yml")).hasToString("false");
    }

    @Test
    void blankAndTooLongInBytes() {
        assertThatThrownBy(() -> production("", "u1")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> production(null, "u1")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> production("            ", "u1")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> production("Ab1-" + "x".repeat(69), "u1")).hasMessageContaining("72 字节");
        // 25 Chinese characters are 75 bytes: too long for BCrypt although only 28 characters
        assertThatThrownBy(() -> production("Ab1" + "密".repeat(25), "u1")).hasMessageContaining("72 字节");
        assertThatCode(() -> production("Ab1-" + "x".repeat(68), "u1")).doesNotThrowAnyException();
    }
}
