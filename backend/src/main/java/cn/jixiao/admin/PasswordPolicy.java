package cn.jixiao.admin;

import cn.jixiao.web.ApiException;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At least 10 characters, not the username, and — outside the demo profile — not a demo password
 * ({@code demo1234}, also with something appended or in other letter case).
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 72; // BCrypt reads no further
    static final List<String> DEMO_PASSWORDS = List.of("demo1234");

    private final boolean demo;

    public PasswordPolicy(@Value("${jixiao.demo:false}") boolean demo) {
        this.demo = demo;
    }

    public boolean demo() {
        return demo;
    }

    /** Throws a 400 naming {@code field} when the password does not satisfy the policy. */
    public void check(String field, String password, String username) {
        if (password == null || password.isEmpty()) {
            throw ApiException.badRequest(field + "：请输入密码");
        }
        if (password.length() < MIN_LENGTH) {
            throw ApiException.badRequest(field + "：密码至少 " + MIN_LENGTH + " 个字符");
        }
        if (password.length() > MAX_LENGTH) {
            throw ApiException.badRequest(field + "：密码不能超过 " + MAX_LENGTH + " 个字符");
        }
        if (password.isBlank()) {
            throw ApiException.badRequest(field + "：密码不能全是空白");
        }
        if (username != null && password.equalsIgnoreCase(username.trim())) {
            throw ApiException.badRequest(field + "：密码不能与用户名相同");
        }
        if (!demo && isDemoPassword(password)) {
            throw ApiException.badRequest(field + "：不能使用演示密码");
        }
    }

    static boolean isDemoPassword(String password) {
        String p = password.toLowerCase(Locale.ROOT).strip();
        return DEMO_PASSWORDS.stream().anyMatch(p::startsWith);
    }
}
