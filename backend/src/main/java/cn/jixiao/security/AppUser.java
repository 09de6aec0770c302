package cn.jixiao.security;

import java.time.LocalDateTime;

/** A row of app_user (without the second factor's secret, which only {@link MfaService} reads). */
public record AppUser(Long id, String username, String displayName, String passwordHash, Long orgId,
                      String phone, boolean active, boolean mustChangePassword, LocalDateTime passwordChangedAt,
                      boolean mfaEnabled) {
}
