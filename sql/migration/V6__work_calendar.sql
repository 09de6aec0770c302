-- The working-day calendar for review time limits: exceptions to "Monday to Friday are working days".
-- working = FALSE marks a holiday on a weekday, TRUE a weekend day that is worked (调休).
-- prefecture_id NULL is the calendar for everyone (the national holidays); a prefecture's own row for
-- the same date wins there (e.g. a regional holiday, or a different 调休 arrangement).
CREATE TABLE work_calendar_day (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    prefecture_id BIGINT      NULL,
    cal_date      DATE        NOT NULL,
    working       BOOLEAN     NOT NULL,
    note          VARCHAR(60) NULL,
    updated_by    VARCHAR(64) NULL,
    updated_at    TIMESTAMP   NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT pk_work_calendar_day PRIMARY KEY (id),
    CONSTRAINT fk_work_calendar_day_prefecture FOREIGN KEY (prefecture_id) REFERENCES org (id)
);
CREATE INDEX ix_work_calendar_day ON work_calendar_day (cal_date, prefecture_id);
