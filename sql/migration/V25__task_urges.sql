-- 催办 (issue 17): who chased which task when; a task may be chased once per 24 hours.
-- Transfers need no table of their own: the engine's assignee changes and form_history says from whom to whom.
CREATE TABLE task_urge (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    task_id     VARCHAR(64)  NOT NULL,
    form_id     BIGINT       NOT NULL,
    urged_by    VARCHAR(64)  NOT NULL,
    urged_at    TIMESTAMP    NOT NULL,
    CONSTRAINT pk_task_urge PRIMARY KEY (id)
);
CREATE INDEX ix_task_urge_task ON task_urge (task_id, urged_at);
