package cn.jixiao.admin;

import cn.jixiao.security.BcryptLimit;
import cn.jixiao.settings.SecuritySettings;
import cn.jixiao.settings.SettingsService;
import cn.jixiao.web.ApiException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The password policy of api.md v2: at least password.minLength (10) characters with 3 of upper case, lower case,
 * digits and other characters; not the username, not a common password (an embedded list, also with digits or
 * signs appended), at most 72 bytes of UTF-8 (BCrypt); not one of the last password.history (5) passwords; and,
 * outside the demo profile, not a demo password.
 */
@Component
public class PasswordPolicy {

    static final List<String> DEMO_PASSWORDS = List.of("demo1234");
    private static final Set<String> COMMON = load("security/common-passwords.txt");

    private final boolean demo;
    private final SettingsService settings;
    private final AdminMapper admin;
    private final PasswordEncoder encoder;

    public PasswordPolicy(@Value("${jixiao.demo:false}") boolean demo, SettingsService settings, AdminMapper admin,
                          PasswordEncoder encoder) {
        this.demo = demo;
        this.settings = settings;
        this.admin = admin;
        this.encoder = encoder;
    }

    /**
     * Throws a 400 naming {@code field} when the password does not satisfy the policy; {@code userId} (null for a
     * new account) is whose earlier passwords it must not repeat.
     */
    public void check(String field, String password, String username, Long userId) {
        SecuritySettings security = settings.security();
        checkText(field, password, username, security.passwordMinLength(), demo);
        if (userId != null) {
            for (String earlier : admin.findPasswordHistory(userId, security.passwordHistory())) {
                if (encoder.matches(password, earlier)) {
                    throw ApiException.badRequest(field + "：不能与最近 " + security.passwordHistory() + " 次用过的密码相同");
                }
            }
        }
    }

    /** The rules that need nothing but the text (unit-tested without a database). */
    static void checkText(String field, String password, String username, int minLength, boolean demo) {
        if (password == null || password.isEmpty()) {
            throw ApiException.badRequest(field + "：请输入密码");
        }
        BcryptLimit.check(field, password);
        if (password.isBlank()) {
            throw ApiException.badRequest(field + "：密码不能全是空白");
        }
        if (password.codePointCount(0, password.length()) < minLength) {
            throw ApiException.badRequest(field + "：密码至少 " + minLength + " 个字符");
        }
        if (classes(password) < 3) {
            throw ApiException.badRequest(field + "：密码须包含大写字母、小写字母、数字、其他字符中的至少 3 类");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            throw ApiException.badRequest(field + "：密码不能包含用户名");
        }
        if (!demo && isDemoPassword(password)) {
            throw ApiException.badRequest(field + "：不能使用演示密码");
        }
        if (isCommon(lower)) {
            throw ApiException.badRequest(field + "：这是常见密码，容易被猜中，请换一个");
        }
    }

    private static int classes(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (int c : password.codePoints().toArray()) {
            if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    /** On the list as it is, or once the digits and signs people append ("Password2026!") are taken off. */
    static boolean isCommon(String lower) {
        String core = lower.replaceAll("[^\\p{L}]+$", "");
        return COMMON.contains(lower) || (core.length() >= 4 && COMMON.contains(core));
    }

    static boolean isDemoPassword(String password) {
        String p = password.toLowerCase(Locale.ROOT).strip();
        return DEMO_PASSWORDS.stream().anyMatch(p::startsWith);
    }

    private static Set<String> load(String resource) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            return in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
