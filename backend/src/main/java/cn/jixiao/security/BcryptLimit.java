package cn.jixiao.security;

import cn.jixiao.web.ApiException;
import java.nio.charset.StandardCharsets;

/** BCrypt reads 72 bytes of a password and refuses longer ones: every password field is checked first (400). */
public final class BcryptLimit {

    public static final int MAX_BYTES = 72;

    private BcryptLimit() {
    }

    /** Throws 400 naming {@code field} when the password is longer than BCrypt can hash. */
    public static void check(String field, String password) {
        if (password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw ApiException.badRequest(field + "不能超过 " + MAX_BYTES + " 字节（UTF-8，汉字每个 3 字节）");
        }
    }
}
