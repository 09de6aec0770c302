-- 主管部门 of a unit (the department its budget belongs to, e.g. 喀什市人力资源和社会保障局 for 喀什市社会保险中心),
-- printed on every exported table beside 实施单位. Null until the system administrator enters it.
ALTER TABLE org ADD COLUMN department VARCHAR(100) NULL;
