-- The audit log is append-only and chained (api.md v2): every row gets its place in the chain (seq) and the SHA-256
-- of its content and of the previous row's hash. Rows are written as before, with no lock on the request path; one
-- sealer at a time (the lock on audit_chain_head) appends the rows not yet chained, in id order, every few seconds.
-- The chain lives beside the rows, so audit_log itself is only ever inserted into (and, after the retention
-- period, deleted from the front of the chain: the anchor keeps the place and hash the chain continues from).
CREATE TABLE audit_chain (
    seq       BIGINT   NOT NULL,
    audit_id  BIGINT   NOT NULL,
    row_hash  CHAR(64) NOT NULL,
    CONSTRAINT pk_audit_chain PRIMARY KEY (seq),
    CONSTRAINT uk_audit_chain_audit UNIQUE (audit_id)
);

-- One row. last_*: the chain's end; anchor_*: where it starts after the retention cleanup; low_watermark: every
-- audit row up to this id is chained (rows above it may still be in a transaction that has not committed).
CREATE TABLE audit_chain_head (
    id            INT      NOT NULL,
    last_seq      BIGINT   NOT NULL,
    last_hash     CHAR(64) NOT NULL,
    anchor_seq    BIGINT   NOT NULL,
    anchor_hash   CHAR(64) NOT NULL,
    low_watermark BIGINT   NOT NULL,
    CONSTRAINT pk_audit_chain_head PRIMARY KEY (id)
);
INSERT INTO audit_chain_head (id, last_seq, last_hash, anchor_seq, anchor_hash, low_watermark)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0,
        '0000000000000000000000000000000000000000000000000000000000000000', 0);
