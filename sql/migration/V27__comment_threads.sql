-- Cell comments as threads (issue 17): a RETURN's field comments open one thread per cell; people reply,
-- and the commenter or the filer resolves it. form_version is the version the comment was made on, so the
-- diff can tell which threads a later change answers. Field comments of returns before this release stay
-- in form_history, where they were.
CREATE TABLE comment_thread (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    form_id       BIGINT        NOT NULL,
    path          VARCHAR(200)  NOT NULL,
    author        VARCHAR(64)   NOT NULL,
    author_name   VARCHAR(100)  NOT NULL,
    created_at    TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    text          TEXT          NOT NULL,
    task_key      VARCHAR(40)   NULL,
    form_version  INT           NOT NULL,
    resolved_by   VARCHAR(64)   NULL,
    resolved_name VARCHAR(100)  NULL,
    resolved_at   TIMESTAMP     NULL,
    CONSTRAINT pk_comment_thread PRIMARY KEY (id)
);
CREATE INDEX ix_comment_thread_form ON comment_thread (form_id, id);

CREATE TABLE comment_reply (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    thread_id     BIGINT        NOT NULL,
    author        VARCHAR(64)   NOT NULL,
    author_name   VARCHAR(100)  NOT NULL,
    created_at    TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    text          TEXT          NOT NULL,
    CONSTRAINT pk_comment_reply PRIMARY KEY (id)
);
CREATE INDEX ix_comment_reply_thread ON comment_reply (thread_id, id);
