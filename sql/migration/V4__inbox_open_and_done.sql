-- The inbox keeps open tasks and finished ones apart: 待办 reads a small hot table (thousands of rows)
-- however much history piles up, and 已办 reads the history by person. Finishing a task moves its
-- row; the move's DELETE is also what decides, under a row lock, who finished a task first.

CREATE TABLE inbox_task_done (
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
    completed_at    TIMESTAMP    NOT NULL,
    completed_by    VARCHAR(64)  NULL,
    CONSTRAINT pk_inbox_task_done PRIMARY KEY (task_id)
);
CREATE INDEX ix_inbox_done_by ON inbox_task_done (completed_by, completed_at);
CREATE INDEX ix_inbox_done_form ON inbox_task_done (form_id);

INSERT INTO inbox_task_done (task_id, form_id, task_key, task_name, assignee, candidate_group, org_path, form_type,
                             form_year, monitor_month, fund, unit_name, project, created_at, due_date, completed_at,
                             completed_by)
SELECT task_id, form_id, task_key, task_name, assignee, candidate_group, org_path, form_type, form_year, monitor_month,
       fund, unit_name, project, created_at, due_date, completed_at, completed_by
FROM inbox_task WHERE completed_at IS NOT NULL;
DELETE FROM inbox_task WHERE completed_at IS NOT NULL;

DROP INDEX ix_inbox_assignee ON inbox_task;
DROP INDEX ix_inbox_group ON inbox_task;
DROP INDEX ix_inbox_done ON inbox_task;
ALTER TABLE inbox_task DROP COLUMN completed_at;
ALTER TABLE inbox_task DROP COLUMN completed_by;
CREATE INDEX ix_inbox_open_assignee ON inbox_task (assignee, created_at);
CREATE INDEX ix_inbox_open_group ON inbox_task (candidate_group, assignee, created_at);
