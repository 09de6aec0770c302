-- The findings and computed values of a form's current version, with a hash of everything that produced them
-- (the document, the unit's name and validation settings, the id, version, status and last change of every form
-- the cross-form rules compare with, the build): a read that finds the same hash shows them without running the
-- rules again; any other hash means something changed, and the rules run and replace the row. Empty at first:
-- each form is validated on its first read after the upgrade, as before.
CREATE TABLE form_findings (
    form_id      BIGINT       NOT NULL PRIMARY KEY,
    form_version INT          NOT NULL,
    inputs       CHAR(64)     NOT NULL,
    result       MEDIUMTEXT   NOT NULL,
    computed_at  TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_form_findings_form FOREIGN KEY (form_id) REFERENCES form (id) ON DELETE CASCADE
);
