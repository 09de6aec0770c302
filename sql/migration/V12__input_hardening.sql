-- Input hardening (issue 14).
--
-- A form's unit is its org, never the 单位名称 a filer typed (one labelled a form with another prefecture's
-- unit and reviewers saw that): the names kept beside forms and tasks become the org's names. From now on
-- they are written from the org on every save and follow a rename of the org.
UPDATE form SET unit_name = (SELECT o.name FROM org o WHERE o.id = form.unit_id)
WHERE unit_name <> (SELECT o.name FROM org o WHERE o.id = form.unit_id);
UPDATE inbox_task SET unit_name = (SELECT f.unit_name FROM form f WHERE f.id = inbox_task.form_id)
WHERE unit_name <> (SELECT f.unit_name FROM form f WHERE f.id = inbox_task.form_id);
UPDATE inbox_task_done SET unit_name = (SELECT f.unit_name FROM form f WHERE f.id = inbox_task_done.form_id)
WHERE unit_name <> (SELECT f.unit_name FROM form f WHERE f.id = inbox_task_done.form_id);

-- A decision may carry up to 200 field comments and 200 notes on warnings of up to 2,000 characters each
-- (StepRequestLimits): more than TEXT's 64 KB. MEDIUMTEXT like the findings beside them.
ALTER TABLE form_history MODIFY COLUMN field_comments MEDIUMTEXT NULL;
ALTER TABLE form_history MODIFY COLUMN acknowledgements MEDIUMTEXT NULL;
