-- Authentication to 等保2.0 三级 (api.md v2, Authentication).

-- Failed logins, counted atomically per name — known or not, so the lock tells nobody which accounts
-- exist — and per client address (keys 'user:<name>', 'addr:<address>'). attempts counts the checks let
-- through since the last success, failed or still running (in_flight); when it reaches the limit the key is
-- locked until locked_until.
CREATE TABLE login_guard (
    guard_key    VARCHAR(120) NOT NULL,
    attempts     INT          NOT NULL DEFAULT 0,
    in_flight    INT          NOT NULL DEFAULT 0,
    locked_until TIMESTAMP    NULL,
    updated_at   TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT pk_login_guard PRIMARY KEY (guard_key)
);
CREATE INDEX ix_login_guard_updated ON login_guard (updated_at);

-- the counters of the previous release move over, so a lock in force stays in force
INSERT INTO login_guard (guard_key, attempts, locked_until)
SELECT CONCAT('user:', username), failed_logins, locked_until FROM app_user WHERE failed_logins > 0 OR locked_until IS NOT NULL;
ALTER TABLE app_user DROP COLUMN failed_logins;
ALTER TABLE app_user DROP COLUMN locked_until;

-- Password age (expiry after password.expiryDays) and the last hashes (no reuse of the last five).
-- Existing passwords count as set now, so nobody is forced to change at the upgrade.
ALTER TABLE app_user ADD COLUMN password_changed_at TIMESTAMP NULL;
UPDATE app_user SET password_changed_at = CURRENT_TIMESTAMP;

CREATE TABLE password_history (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    user_id       BIGINT       NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    changed_at    TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT pk_password_history PRIMARY KEY (id),
    CONSTRAINT fk_password_history_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_password_history_user ON password_history (user_id, id);
INSERT INTO password_history (user_id, password_hash) SELECT id, password_hash FROM app_user;

-- Second factor (TOTP, RFC 6238): the Base32 secret, set at enrolment and active once confirmed with a code;
-- mfa_last_step is the 30-second step of the last code accepted, so a code is never accepted twice.
ALTER TABLE app_user ADD COLUMN mfa_secret VARCHAR(64) NULL;
ALTER TABLE app_user ADD COLUMN mfa_enabled BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE app_user ADD COLUMN mfa_last_step BIGINT NULL;

-- Recovery codes: SHA-256 of each (they are random, 50 bits each), usable once.
CREATE TABLE mfa_recovery_code (
    id        BIGINT    NOT NULL AUTO_INCREMENT,
    user_id   BIGINT    NOT NULL,
    code_hash CHAR(64)  NOT NULL,
    used_at   TIMESTAMP NULL,
    CONSTRAINT pk_mfa_recovery_code PRIMARY KEY (id),
    CONSTRAINT fk_mfa_recovery_code_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_mfa_recovery_code_user ON mfa_recovery_code (user_id);
