-- Rule thresholds, due dates and reminder lead times. A row with prefecture_id NULL is the system
-- default; a row for a prefecture overrides it there. Keys are those of ValidationSettings and
-- the deadline settings (e.g. 'deviation.margin'); values are kept as text and parsed by the owner.
CREATE TABLE setting (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    prefecture_id BIGINT       NULL,
    setting_key   VARCHAR(80)  NOT NULL,
    setting_value VARCHAR(200) NOT NULL,
    updated_by    VARCHAR(64)  NULL,
    updated_at    TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT pk_setting PRIMARY KEY (id),
    CONSTRAINT fk_setting_prefecture FOREIGN KEY (prefecture_id) REFERENCES org (id)
);
CREATE INDEX ix_setting_prefecture ON setting (prefecture_id, setting_key);
