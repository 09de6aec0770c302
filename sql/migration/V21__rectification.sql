-- Rectification (整改, issue 16): required by the prefecture on a form at approval, at sign-off or later on a
-- signed form; its BPMN process `rectification` (rectify → rectifyReview → rectifyVerify) runs beside the form's.
CREATE TABLE rectification (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    form_id             BIGINT        NOT NULL,
    requirements        VARCHAR(2000) NOT NULL,
    due_date            DATE          NOT NULL,
    -- OPEN while the filer works on it (also after a return), SUBMITTED under review, ACCEPTED at the end
    status              VARCHAR(16)   NOT NULL,
    report              MEDIUMTEXT    NULL,
    required_by         VARCHAR(64)   NOT NULL,
    required_at         TIMESTAMP     NOT NULL,
    -- prefectureReview | signOff | SIGNED (required later on a signed form)
    required_at_step    VARCHAR(40)   NOT NULL,
    process_instance_id VARCHAR(64)   NULL,
    overdue             BOOLEAN       DEFAULT FALSE NOT NULL,
    accepted_at         TIMESTAMP     NULL,
    CONSTRAINT pk_rectification PRIMARY KEY (id),
    CONSTRAINT fk_rectification_form FOREIGN KEY (form_id) REFERENCES form (id)
);
CREATE INDEX ix_rectification_form ON rectification (form_id, id);
CREATE INDEX ix_rectification_status ON rectification (status);

ALTER TABLE attachment ADD CONSTRAINT fk_attachment_rectification FOREIGN KEY (rectification_id) REFERENCES rectification (id);

-- a rectification's tasks are in the inbox like the form's, marked so that they never stand for the form's step
ALTER TABLE inbox_task ADD COLUMN rectification_id BIGINT NULL;
ALTER TABLE inbox_task_done ADD COLUMN rectification_id BIGINT NULL;

-- its steps are in the form's history, each naming the rectification
ALTER TABLE form_history ADD COLUMN rectification_id BIGINT NULL;
CREATE INDEX ix_form_history_rectification ON form_history (rectification_id);
