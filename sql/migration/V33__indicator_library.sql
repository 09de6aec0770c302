-- 指标库: the indicators a prefecture's units use, offered to a filer typing an indicator name, with their levels
-- (一级/二级) and usual unit. Seeded from every signed form (uses counts them), curated by the prefecture's
-- reviewers; a removed entry stays as a row (removed = TRUE) so that the next signed form does not bring it back.
CREATE TABLE indicator_library (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    prefecture_id  BIGINT        NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    level1         VARCHAR(20)   NOT NULL,
    level2         VARCHAR(20)   NOT NULL,
    unit           VARCHAR(20)   NULL,
    uses           INT           NOT NULL DEFAULT 0,
    removed        BOOLEAN       NOT NULL DEFAULT FALSE,
    updated_by     VARCHAR(64)   NOT NULL,
    updated_at     TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT pk_indicator_library PRIMARY KEY (id),
    CONSTRAINT uk_indicator_library_name UNIQUE (prefecture_id, name),
    CONSTRAINT fk_indicator_library_prefecture FOREIGN KEY (prefecture_id) REFERENCES org (id)
);
