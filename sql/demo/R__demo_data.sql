-- Demo organisation and accounts (password for every account: demo1234).
-- Loaded only in the embedded default and the `demo` profile. INSERT IGNORE keeps it idempotent,
-- so Flyway may re-apply this repeatable migration on an existing database after it changes.

INSERT IGNORE INTO org (code, name, short_name, level, path, sort_order) VALUES
    ('650000', '新疆维吾尔自治区', '自治区', 'REGION', '/650000/', 0);

INSERT IGNORE INTO org (parent_id, code, name, short_name, level, path, sort_order)
SELECT p.id, c.code, c.name, c.short_name, c.level, CONCAT(p.path, c.code, '/'), c.sort_order
FROM org p JOIN (
    SELECT '653100' AS code, '喀什地区' AS name, '喀什地区' AS short_name, 'PREFECTURE' AS level, 1 AS sort_order
    UNION ALL SELECT '652800', '巴音郭楞蒙古自治州', '巴音郭楞州', 'PREFECTURE', 2
) c ON p.code = '650000';

INSERT IGNORE INTO org (parent_id, code, name, short_name, level, path, sort_order)
SELECT p.id, c.code, c.name, c.short_name, c.level, CONCAT(p.path, c.code, '/'), c.sort_order
FROM org p JOIN (
    SELECT '653100' AS parent_code, '653101' AS code, '喀什市' AS name, '喀什市' AS short_name, 'COUNTY' AS level, 1 AS sort_order
    UNION ALL SELECT '653100', '653121', '疏附县', '疏附县', 'COUNTY', 2
    UNION ALL SELECT '653100', '653122', '疏勒县', '疏勒县', 'COUNTY', 3
    UNION ALL SELECT '653100', '653100-01', '喀什地区社会保险管理局(本级)', '地区社保局本级', 'UNIT', 10
    UNION ALL SELECT '653100', '653100-02', '喀什地区医疗保障局(本级)', '地区医保局本级', 'UNIT', 11
    UNION ALL SELECT '653100', '653100-03', '喀什地区人力资源和社会保障局', '地区人社局', 'UNIT', 12
    UNION ALL SELECT '652800', '652827', '和静县', '和静县', 'COUNTY', 1
) c ON p.code = c.parent_code;

INSERT IGNORE INTO org (parent_id, code, name, short_name, level, path, sort_order)
SELECT p.id, c.code, c.name, c.short_name, c.level, CONCAT(p.path, c.code, '/'), c.sort_order
FROM org p JOIN (
    SELECT '653101' AS parent_code, '653101-01' AS code, '喀什市社会保险中心' AS name, '喀什市社保中心' AS short_name, 'UNIT' AS level, 1 AS sort_order
    UNION ALL SELECT '653101', '653101-02', '喀什市医疗保障局', '喀什市医保局', 'UNIT', 2
    UNION ALL SELECT '653121', '653121-01', '疏附县社会保险管理局', '疏附县社保局', 'UNIT', 1
    UNION ALL SELECT '653122', '653122-01', '疏勒县社会保险管理局', '疏勒县社保局', 'UNIT', 1
    UNION ALL SELECT '652827', '652827-01', '和静县社会保险管理局', '和静县社保局', 'UNIT', 1
) c ON p.code = c.parent_code;

INSERT IGNORE INTO app_user (username, display_name, password_hash, org_id)
SELECT u.username, u.display_name, '$2a$10$0jmgy7rVYZzNqFkimwHcLuMxnVoV.BCxxfPG1NPXhbk9bkL14SrAy', o.id
FROM org o JOIN (
    SELECT 'ks_filer' AS username, '阿依古丽' AS display_name, '653101-01' AS org_code
    UNION ALL SELECT 'ks_head', '买买提·艾力', '653101-01'
    UNION ALL SELECT 'ksyb_filer', '古丽娜尔', '653101-02'
    UNION ALL SELECT 'ksyb_head', '王建国', '653101-02'
    UNION ALL SELECT 'kssi_filer', '李娜', '653100-01'
    UNION ALL SELECT 'kssi_head', '艾尔肯·吐尔逊', '653100-01'
    UNION ALL SELECT 'ksyb2_filer', '张丽', '653100-02'
    UNION ALL SELECT 'ksyb2_head', '热合曼·阿不都', '653100-02'
    UNION ALL SELECT 'ksrs_filer', '陈静', '653100-03'
    UNION ALL SELECT 'ksrs_head', '努尔兰·赛力克', '653100-03'
    UNION ALL SELECT 'ks_reviewer', '刘芳', '653100'
    UNION ALL SELECT 'ks_leader', '吐尔洪·买买提', '653100'
    UNION ALL SELECT 'hj_filer', '巴特尔', '652827-01'
    UNION ALL SELECT 'hj_head', '孟克', '652827-01'
    UNION ALL SELECT 'bz_reviewer', '赵敏', '652800'
    UNION ALL SELECT 'bz_leader', '乌兰', '652800'
    UNION ALL SELECT 'admin', '系统管理员', '650000'
    UNION ALL SELECT 'secadmin', '安全管理员', '650000'
    UNION ALL SELECT 'auditor', '审计管理员', '650000'
) u ON o.code = u.org_code;

INSERT IGNORE INTO app_user_role (user_id, role)
SELECT u.id, r.role
FROM app_user u JOIN (
    SELECT 'ks_filer' AS username, 'FILER' AS role
    UNION ALL SELECT 'ks_head', 'UNIT_HEAD'
    UNION ALL SELECT 'ksyb_filer', 'FILER'
    UNION ALL SELECT 'ksyb_head', 'UNIT_HEAD'
    UNION ALL SELECT 'kssi_filer', 'FILER'
    UNION ALL SELECT 'kssi_head', 'UNIT_HEAD'
    UNION ALL SELECT 'ksyb2_filer', 'FILER'
    UNION ALL SELECT 'ksyb2_head', 'UNIT_HEAD'
    UNION ALL SELECT 'ksrs_filer', 'FILER'
    UNION ALL SELECT 'ksrs_head', 'UNIT_HEAD'
    UNION ALL SELECT 'ks_reviewer', 'PREFECTURE_REVIEWER'
    UNION ALL SELECT 'ks_leader', 'PREFECTURE_LEADER'
    UNION ALL SELECT 'hj_filer', 'FILER'
    UNION ALL SELECT 'hj_head', 'UNIT_HEAD'
    UNION ALL SELECT 'bz_reviewer', 'PREFECTURE_REVIEWER'
    UNION ALL SELECT 'bz_leader', 'PREFECTURE_LEADER'
    UNION ALL SELECT 'admin', 'SYSTEM_ADMIN'
    UNION ALL SELECT 'secadmin', 'SECURITY_ADMIN'
    UNION ALL SELECT 'auditor', 'AUDIT_ADMIN'
) r ON u.username = r.username;

-- A second reviewer of 喀什地区, so that a reviewer on leave can hand a task to a colleague (转办, issue 17).
INSERT IGNORE INTO app_user (username, display_name, password_hash, org_id)
SELECT 'ks_reviewer2', '王雪梅', '$2a$10$0jmgy7rVYZzNqFkimwHcLuMxnVoV.BCxxfPG1NPXhbk9bkL14SrAy', o.id FROM org o WHERE o.code = '653100';
INSERT IGNORE INTO app_user_role (user_id, role)
SELECT u.id, 'PREFECTURE_REVIEWER' FROM app_user u WHERE u.username = 'ks_reviewer2';

-- 主管部门 of the demo units; only where none is entered yet, so an administrator's change survives a re-apply.
UPDATE org SET department = '喀什市人力资源和社会保障局' WHERE code = '653101-01' AND department IS NULL;
UPDATE org SET department = '喀什市医疗保障局' WHERE code = '653101-02' AND department IS NULL;
UPDATE org SET department = '疏附县人力资源和社会保障局' WHERE code = '653121-01' AND department IS NULL;
UPDATE org SET department = '疏勒县人力资源和社会保障局' WHERE code = '653122-01' AND department IS NULL;
UPDATE org SET department = '喀什地区人力资源和社会保障局' WHERE code IN ('653100-01', '653100-03') AND department IS NULL;
UPDATE org SET department = '喀什地区医疗保障局' WHERE code = '653100-02' AND department IS NULL;
UPDATE org SET department = '和静县人力资源和社会保障局' WHERE code = '652827-01' AND department IS NULL;
