-- Results application (结果应用, issue 16): how the prefecture's leader applied the result of a signed form —
-- 表扬, 优先支持, 通报, 限期整改, 调减预算 (with the amount cut, 万元). Several per form, in the order recorded.
CREATE TABLE result_application (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    form_id     BIGINT        NOT NULL,
    measure     VARCHAR(20)   NOT NULL,
    amount      DECIMAL(18,2) NULL,
    note        VARCHAR(2000) NULL,
    recorded_by VARCHAR(64)   NOT NULL,
    recorded_at TIMESTAMP     NOT NULL,
    CONSTRAINT pk_result_application PRIMARY KEY (id),
    CONSTRAINT fk_result_application_form FOREIGN KEY (form_id) REFERENCES form (id)
);
CREATE INDEX ix_result_application_form ON result_application (form_id, id);
