-- Forms, their versions, indicators, history, signed snapshots, the inbox projection, notifications
-- and the audit log. JSON documents are kept as text (portable across H2, MySQL and MariaDB).

CREATE TABLE form (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    form_type           VARCHAR(16)   NOT NULL,
    form_year           INT           NOT NULL,
    monitor_month       INT           NULL,
    fund                VARCHAR(32)   NOT NULL,
    project             VARCHAR(200)  NOT NULL,
    unit_name           VARCHAR(200)  NOT NULL,
    unit_id             BIGINT        NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    version             INT           NOT NULL,
    document            MEDIUMTEXT    NOT NULL,
    planned_total       DECIMAL(18,2) NULL,
    executed_total      DECIMAL(18,2) NULL,
    completion          DECIMAL(9,2)  NULL,
    score               DECIMAL(9,2)  NULL,
    grade               VARCHAR(4)    NULL,
    error_count         INT           NOT NULL DEFAULT 0,
    warning_count       INT           NOT NULL DEFAULT 0,
    filer               VARCHAR(64)   NOT NULL,
    process_instance_id VARCHAR(64)   NULL,
    due_date            DATE          NULL,
    overdue             BOOLEAN       NOT NULL DEFAULT FALSE,
    signed_at           TIMESTAMP     NULL,
    signed_by           VARCHAR(64)   NULL,
    created_at          TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at          TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT pk_form PRIMARY KEY (id),
    CONSTRAINT fk_form_unit FOREIGN KEY (unit_id) REFERENCES org (id),
    CONSTRAINT ck_form_type CHECK (form_type IN ('TARGET', 'MONITORING', 'EVALUATION')),
    CONSTRAINT ck_form_status CHECK (status IN ('DRAFT', 'UNIT_REVIEW', 'PREFECTURE_REVIEW', 'SIGN_OFF', 'SIGNED', 'RETURNED', 'WITHDRAWN'))
);
CREATE INDEX ix_form_unit_year ON form (unit_id, form_year, form_type);
CREATE INDEX ix_form_year_type ON form (form_year, form_type, status);

-- Every saved version of the document; the current one is also in form.document.
CREATE TABLE form_version (
    form_id   BIGINT      NOT NULL,
    version   INT         NOT NULL,
    document  MEDIUMTEXT  NOT NULL,
    saved_by  VARCHAR(64) NOT NULL,
    saved_at  TIMESTAMP   NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT pk_form_version PRIMARY KEY (form_id, version),
    CONSTRAINT fk_form_version_form FOREIGN KEY (form_id) REFERENCES form (id)
);

-- The indicators of the current version as rows, for the dashboard and the cross-form rules.
CREATE TABLE form_indicator (
    form_id         BIGINT        NOT NULL,
    seq             INT           NOT NULL,
    level1          VARCHAR(40)   NULL,
    level2          VARCHAR(40)   NULL,
    name            VARCHAR(300)  NULL,
    target          VARCHAR(300)  NULL,
    actual          VARCHAR(300)  NULL,
    completion_rate DECIMAL(9,2)  NULL,
    achievement     DECIMAL(9,2)  NULL,
    CONSTRAINT pk_form_indicator PRIMARY KEY (form_id, seq),
    CONSTRAINT fk_form_indicator_form FOREIGN KEY (form_id) REFERENCES form (id)
);

-- What happened to a form, oldest first: actor, action, comment, field comments, findings then.
CREATE TABLE form_history (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    form_id         BIGINT       NOT NULL,
    at              TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    actor           VARCHAR(64)  NOT NULL,
    actor_name      VARCHAR(100) NOT NULL,
    action          VARCHAR(20)  NOT NULL,
    task_key        VARCHAR(40)  NULL,
    form_version    INT          NULL,
    comment         TEXT         NULL,
    field_comments  TEXT         NULL,
    findings        MEDIUMTEXT   NULL,
    acknowledgements TEXT        NULL,
    CONSTRAINT pk_form_history PRIMARY KEY (id),
    CONSTRAINT fk_form_history_form FOREIGN KEY (form_id) REFERENCES form (id)
);
CREATE INDEX ix_form_history_form ON form_history (form_id, id);

-- The frozen document of a signed form. Rows are only ever inserted.
CREATE TABLE form_snapshot (
    form_id    BIGINT      NOT NULL,
    document   MEDIUMTEXT  NOT NULL,
    sha256     CHAR(64)    NOT NULL,
    signed_by  VARCHAR(64) NOT NULL,
    signed_at  TIMESTAMP   NOT NULL,
    CONSTRAINT pk_form_snapshot PRIMARY KEY (form_id),
    CONSTRAINT fk_form_snapshot_form FOREIGN KEY (form_id) REFERENCES form (id)
);

-- The inbox: one row per user task, written by task listeners in the engine's transaction, so
-- 待办/已办 are one indexed query without asking Camunda for variables.
CREATE TABLE inbox_task (
    task_id         VARCHAR(64)  NOT NULL,
    form_id         BIGINT       NOT NULL,
    task_key        VARCHAR(40)  NOT NULL,
    task_name       VARCHAR(100) NOT NULL,
    assignee        VARCHAR(64)  NULL,
    candidate_group VARCHAR(64)  NULL,
    org_path        VARCHAR(400) NOT NULL,
    form_type       VARCHAR(16)  NOT NULL,
    form_year       INT          NOT NULL,
    monitor_month   INT          NULL,
    fund            VARCHAR(32)  NOT NULL,
    unit_name       VARCHAR(200) NOT NULL,
    project         VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    due_date        DATE         NULL,
    completed_at    TIMESTAMP    NULL,
    completed_by    VARCHAR(64)  NULL,
    CONSTRAINT pk_inbox_task PRIMARY KEY (task_id)
);
CREATE INDEX ix_inbox_assignee ON inbox_task (assignee, completed_at, created_at);
CREATE INDEX ix_inbox_group ON inbox_task (candidate_group, completed_at, assignee, created_at);
CREATE INDEX ix_inbox_done ON inbox_task (completed_by, completed_at);
CREATE INDEX ix_inbox_form ON inbox_task (form_id);

CREATE TABLE notification (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    username    VARCHAR(64)  NOT NULL,
    form_id     BIGINT       NULL,
    kind        VARCHAR(20)  NOT NULL,
    message     VARCHAR(500) NOT NULL,
    created_at  TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    read_at     TIMESTAMP    NULL,
    CONSTRAINT pk_notification PRIMARY KEY (id)
);
CREATE INDEX ix_notification_user ON notification (username, read_at, id);

CREATE TABLE audit_log (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    at        TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    username  VARCHAR(64)  NULL,
    remote_ip VARCHAR(64)  NULL,
    action    VARCHAR(40)  NOT NULL,
    form_id   BIGINT       NULL,
    detail    VARCHAR(1000) NULL,
    CONSTRAINT pk_audit_log PRIMARY KEY (id)
);
CREATE INDEX ix_audit_log_at ON audit_log (at);
CREATE INDEX ix_audit_log_user ON audit_log (username, at);
CREATE INDEX ix_audit_log_form ON audit_log (form_id, at);
