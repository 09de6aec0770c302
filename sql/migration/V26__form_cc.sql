-- 抄送 (issue 17): a form copied to a person of its prefecture, who may then read it (and is told so).
CREATE TABLE form_cc (
    form_id     BIGINT        NOT NULL,
    username    VARCHAR(64)   NOT NULL,
    cc_by       VARCHAR(64)   NOT NULL,
    cc_at       TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT pk_form_cc PRIMARY KEY (form_id, username)
);
CREATE INDEX ix_form_cc_user ON form_cc (username, cc_at);
