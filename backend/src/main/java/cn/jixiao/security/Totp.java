package cn.jixiao.security;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * TOTP of RFC 6238 as authenticator apps use it: HMAC-SHA1, 6 digits, 30-second steps, one step of clock drift
 * either way. The HOTP codes come from the library; which step a code belongs to is worked out here, so a code
 * once accepted is never accepted again.
 */
final class Totp {

    static final int PERIOD_SECONDS = 30;
    static final int DIGITS = 6;

    private final DefaultCodeGenerator generator;

    Totp(HashingAlgorithm algorithm, int digits) {
        this.generator = new DefaultCodeGenerator(algorithm, digits);
    }

    static Totp standard() {
        return new Totp(HashingAlgorithm.SHA1, DIGITS);
    }

    static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), PERIOD_SECONDS);
    }

    String code(String base32Secret, long step) {
        try {
            return generator.generate(base32Secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("TOTP secret unusable", e);
        }
    }

    /** The step (now − 1 … now + 1) whose code this is, if any. */
    OptionalLong matchingStep(String base32Secret, String code, Instant now) {
        long current = step(now);
        for (long s = current - 1; s <= current + 1; s++) {
            if (MessageDigest.isEqual(code(base32Secret, s).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(s);
            }
        }
        return OptionalLong.empty();
    }
}
