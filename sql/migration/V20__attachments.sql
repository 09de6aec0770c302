-- Attachments (附件, issue 16): stored in the database, so every node and every backup has them.
-- The content is kept in chunks of at most 1 MB: a 20 MB file goes in and out in statements far below
-- the default max_allowed_packet of MariaDB (16 MB) and MySQL, and a download reads one chunk at a time.
CREATE TABLE attachment (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    form_id          BIGINT       NOT NULL,
    -- set when the file is evidence of a rectification (整改) of the form
    rectification_id BIGINT       NULL,
    name             VARCHAR(200) NOT NULL,
    kind             VARCHAR(20)  NOT NULL,
    content_type     VARCHAR(100) NOT NULL,
    size_bytes       BIGINT       NOT NULL,
    sha256           CHAR(64)     NOT NULL,
    chunk_count      INT          NOT NULL,
    uploaded_by      VARCHAR(64)  NOT NULL,
    uploaded_at      TIMESTAMP    NOT NULL,
    CONSTRAINT pk_attachment PRIMARY KEY (id),
    CONSTRAINT fk_attachment_form FOREIGN KEY (form_id) REFERENCES form (id)
);
CREATE INDEX ix_attachment_form ON attachment (form_id, id);

CREATE TABLE attachment_chunk (
    attachment_id BIGINT     NOT NULL,
    seq           INT        NOT NULL,
    data          MEDIUMBLOB NOT NULL,
    CONSTRAINT pk_attachment_chunk PRIMARY KEY (attachment_id, seq),
    CONSTRAINT fk_attachment_chunk FOREIGN KEY (attachment_id) REFERENCES attachment (id)
);

-- the signed snapshot lists the attachments of that moment: [{"id","name","sha256","size"}]
ALTER TABLE form_snapshot ADD COLUMN attachments MEDIUMTEXT NULL;
