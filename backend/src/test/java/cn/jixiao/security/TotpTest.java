package cn.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.HashingAlgorithm;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The test vectors of RFC 6238, appendix B (SHA-1, 8 digits), and the one-step drift the login accepts. */
class TotpTest {

    /** The RFC's seed "12345678901234567890" (ASCII) in Base32, as authenticator apps take secrets. */
    private static final String RFC_SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @ParameterizedTest
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void rfc6238Vectors(long seconds, String code) {
        Totp eightDigits = new Totp(HashingAlgorithm.SHA1, 8);
        long step = Totp.step(Instant.ofEpochSecond(seconds));

        assertThat(eightDigits.code(RFC_SEED, step)).isEqualTo(code);
        assertThat(eightDigits.matchingStep(RFC_SEED, code, Instant.ofEpochSecond(seconds))).hasValue(step);
    }

    @Test
    void aCodeOfTheStepBeforeOrAfterIsAcceptedOneFurtherIsNot() {
        Totp totp = Totp.standard();
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.step(now);

        assertThat(totp.matchingStep(RFC_SEED, totp.code(RFC_SEED, step - 1), now)).hasValue(step - 1);
        assertThat(totp.matchingStep(RFC_SEED, totp.code(RFC_SEED, step + 1), now)).hasValue(step + 1);
        assertThat(totp.matchingStep(RFC_SEED, totp.code(RFC_SEED, step + 2), now)).isEmpty();
        assertThat(totp.code(RFC_SEED, step)).hasSize(6);
    }
}
