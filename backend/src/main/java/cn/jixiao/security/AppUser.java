package cn.jixiao.security;

import java.time.LocalDateTime;

/** A row of app_user. */
public record AppUser(Long id, String username, String displayName, String passwordHash, Long orgId,
                      String phone, boolean active, boolean mustChangePassword, int failedLogins,
                      LocalDateTime lockedUntil) {
}
