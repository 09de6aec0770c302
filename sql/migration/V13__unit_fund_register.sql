-- Unit ↔ fund register (issue 15): which funds each unit files. A filing campaign issued without a list of
-- units addresses every active unit of its prefecture with the funds registered here.
CREATE TABLE unit_fund (
    unit_id    BIGINT      NOT NULL,
    fund       VARCHAR(32) NOT NULL,
    updated_by VARCHAR(64) NULL,
    updated_at TIMESTAMP   NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT pk_unit_fund PRIMARY KEY (unit_id, fund),
    CONSTRAINT fk_unit_fund_unit FOREIGN KEY (unit_id) REFERENCES org (id)
);
