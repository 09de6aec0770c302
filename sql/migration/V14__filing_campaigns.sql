-- Filing campaigns (填报任务, issue 15): a prefecture (or the whole region) issues which table of which period
-- each unit × fund must file, by when. The campaign's due date is the due date of its forms.
CREATE TABLE campaign (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    -- the prefecture that issued it, or the region for a region-wide campaign
    scope_org_id  BIGINT       NOT NULL,
    form_type     VARCHAR(16)  NOT NULL,
    form_year     INT          NOT NULL,
    monitor_month INT          NULL,
    due_date      DATE         NOT NULL,
    title         VARCHAR(200) NOT NULL,
    status        VARCHAR(10)  NOT NULL,
    -- scope|type|year|month while OPEN, NULL once CLOSED: one open campaign per scope and period, decided by the
    -- unique index when two reviewers issue at once
    open_key      VARCHAR(80)  NULL,
    created_by    VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    closed_by     VARCHAR(64)  NULL,
    closed_at     TIMESTAMP    NULL,
    CONSTRAINT pk_campaign PRIMARY KEY (id),
    CONSTRAINT uk_campaign_open UNIQUE (open_key),
    CONSTRAINT fk_campaign_scope FOREIGN KEY (scope_org_id) REFERENCES org (id),
    CONSTRAINT ck_campaign_type CHECK (form_type IN ('TARGET', 'MONITORING', 'EVALUATION')),
    CONSTRAINT ck_campaign_status CHECK (status IN ('OPEN', 'CLOSED'))
);
CREATE INDEX ix_campaign_period ON campaign (form_year, form_type, status);

-- One unit × fund of a campaign; form_id is the form that answers it (NULL: 未报).
CREATE TABLE campaign_item (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    campaign_id BIGINT      NOT NULL,
    unit_id     BIGINT      NOT NULL,
    fund        VARCHAR(32) NOT NULL,
    form_id     BIGINT      NULL,
    started_at  TIMESTAMP   NULL,
    -- started after the campaign was closed
    late        BOOLEAN     NOT NULL DEFAULT FALSE,
    urged_at    TIMESTAMP   NULL,
    CONSTRAINT pk_campaign_item PRIMARY KEY (id),
    CONSTRAINT uk_campaign_item UNIQUE (campaign_id, unit_id, fund),
    CONSTRAINT fk_campaign_item_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_item_unit FOREIGN KEY (unit_id) REFERENCES org (id),
    CONSTRAINT fk_campaign_item_form FOREIGN KEY (form_id) REFERENCES form (id)
);
CREATE INDEX ix_campaign_item_unit ON campaign_item (unit_id, fund, form_id);
CREATE INDEX ix_campaign_item_form ON campaign_item (form_id);
