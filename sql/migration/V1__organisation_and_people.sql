-- Organisation tree and people. Runs unchanged on H2 (MODE=MySQL), MySQL 8 and MariaDB 10.11.

-- 自治区 › 地区/州 › 县/市 › 单位; a unit directly under a prefecture is one of its 本级 units.
-- path is the chain of codes from the root ('/650000/653100/653101/'), so "this org and everything
-- below it" is one indexed prefix query: path LIKE '/650000/653100/%'.
CREATE TABLE org (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    parent_id     BIGINT       NULL,
    code          VARCHAR(40)  NOT NULL,
    name          VARCHAR(100) NOT NULL,
    short_name    VARCHAR(50)  NULL,
    level         VARCHAR(16)  NOT NULL,
    path          VARCHAR(400) NOT NULL,
    sort_order    INT          NOT NULL DEFAULT 0,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT pk_org PRIMARY KEY (id),
    CONSTRAINT uk_org_code UNIQUE (code),
    CONSTRAINT fk_org_parent FOREIGN KEY (parent_id) REFERENCES org (id),
    CONSTRAINT ck_org_level CHECK (level IN ('REGION', 'PREFECTURE', 'COUNTY', 'UNIT'))
);
CREATE INDEX ix_org_path ON org (path);
CREATE INDEX ix_org_parent ON org (parent_id);

CREATE TABLE app_user (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    username             VARCHAR(64)  NOT NULL,
    display_name         VARCHAR(100) NOT NULL,
    password_hash        VARCHAR(100) NOT NULL,
    org_id               BIGINT       NOT NULL,
    phone                VARCHAR(40)  NULL,
    active               BOOLEAN      NOT NULL DEFAULT TRUE,
    must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
    failed_logins        INT          NOT NULL DEFAULT 0,
    locked_until         TIMESTAMP    NULL,
    created_at           TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT pk_app_user PRIMARY KEY (id),
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_org FOREIGN KEY (org_id) REFERENCES org (id)
);
CREATE INDEX ix_app_user_org ON app_user (org_id);

-- A user may hold several roles.
CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(32) NOT NULL,
    CONSTRAINT pk_app_user_role PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT ck_app_user_role CHECK (role IN ('FILER', 'UNIT_HEAD', 'PREFECTURE_REVIEWER', 'PREFECTURE_LEADER', 'ADMIN'))
);
