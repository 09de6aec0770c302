package cn.jixiao.security;

import cn.jixiao.audit.AuditAction;
import cn.jixiao.audit.AuditLog;
import cn.jixiao.web.ApiException;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor (api.md v2): enrolment with a new secret shown as an otpauth URI and its QR code,
 * confirmation with a first code, which yields ten recovery codes, and the check of a code at login — a TOTP
 * code once per step, or a recovery code once.
 */
@Service
public class MfaService {

    static final String ISSUER = "绩效审批";
    static final int RECOVERY_CODES = 10;

    public record Enrolment(String secret, String otpauthUri, String qrCode) {
    }

    public record RecoveryCodes(List<String> recoveryCodes) {
    }

    private final MfaMapper mfa;
    private final AuditLog audit;
    private final Clock clock;
    private final Totp totp = Totp.standard();

    MfaService(MfaMapper mfa, AuditLog audit, Clock clock) {
        this.mfa = mfa;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Enrolment enroll(CurrentUser user) {
        String secret = new DefaultSecretGenerator(32).generate();
        if (mfa.startEnrolment(user.id(), secret) == 0) {
            throw new ApiException(HttpStatus.CONFLICT, "MFA_ENROLLED", "已启用双因素认证；如需更换设备，请联系安全管理员重置");
        }
        QrData data = new QrData.Builder().label(user.username()).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(Totp.DIGITS).period(Totp.PERIOD_SECONDS).build();
        return new Enrolment(secret, data.getUri(), qrCode(data));
    }

    @Transactional
    public RecoveryCodes confirm(CurrentUser user, String code) {
        MfaMapper.MfaRow row = mfa.find(user.id());
        if (row == null || row.enabled() || row.secret() == null) {
            throw new ApiException(HttpStatus.CONFLICT, "MFA_NOT_ENROLLING", "请先开始绑定（enroll），再输入验证码确认");
        }
        OptionalLong step = isTotpCode(code) ? totp.matchingStep(row.secret(), code, clock.instant()) : OptionalLong.empty();
        if (step.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "BAD_CODE", "验证码（code）不正确，请输入验证器应用当前显示的 6 位数字");
        }
        mfa.enable(user.id(), step.getAsLong());
        mfa.deleteRecoveryCodes(user.id());
        List<String> codes = List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
        codes.forEach(c -> mfa.insertRecoveryCode(user.id(), hash(c)));
        audit.record(user.username(), AuditAction.MFA_ENROLLED, null, "启用双因素认证，生成 " + RECOVERY_CODES + " 个恢复码");
        return new RecoveryCodes(codes);
    }

    /** True when the code is the account's current TOTP code (not used before) or one of its unused recovery codes. */
    @Transactional
    public boolean check(long userId, String code) {
        MfaMapper.MfaRow row = mfa.find(userId);
        if (row == null || !row.enabled() || code == null) {
            return false;
        }
        String c = code.strip();
        if (isTotpCode(c)) {
            OptionalLong step = totp.matchingStep(row.secret(), c, clock.instant());
            return step.isPresent() && mfa.useStep(userId, step.getAsLong()) == 1;
        }
        return c.length() <= 64 && mfa.useRecoveryCode(userId, hash(c), LocalDateTime.now(clock)) == 1;
    }

    /** The security administrator's reset: the account enrols anew (at its next login, if its roles require it). */
    @Transactional
    public void reset(long userId) {
        mfa.reset(userId);
        mfa.deleteRecoveryCodes(userId);
    }

    private static boolean isTotpCode(String code) {
        return code != null && code.length() == Totp.DIGITS && code.chars().allMatch(Character::isDigit);
    }

    /** Recovery codes are random (80 bits), so a plain SHA-256 keeps them safe; case and dashes do not count. */
    static String hash(String recoveryCode) {
        String normal = recoveryCode.strip().toLowerCase(Locale.ROOT).replace("-", "");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String qrCode(QrData data) {
        try {
            ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
            generator.setImageSize(220);
            return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code", e);
        }
    }
}
