-- 三员分立: the single ADMIN role becomes three — SYSTEM_ADMIN (org tree, users' business roles, settings,
-- calendar, engine console), SECURITY_ADMIN (passwords, locks, second factors, security settings) and
-- AUDIT_ADMIN (the audit log, nothing else). Every existing ADMIN keeps what ADMIN could do as SYSTEM_ADMIN.
ALTER TABLE app_user_role DROP CONSTRAINT ck_app_user_role;

UPDATE app_user_role SET role = 'SYSTEM_ADMIN' WHERE role = 'ADMIN';

ALTER TABLE app_user_role ADD CONSTRAINT ck_app_user_role CHECK (role IN ('FILER', 'UNIT_HEAD',
    'PREFECTURE_REVIEWER', 'PREFECTURE_LEADER', 'SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN'));

-- Sessions keep the roles as they were at login (serialised, with the old role name): everybody logs in anew.
DELETE FROM SPRING_SESSION_ATTRIBUTES;
DELETE FROM SPRING_SESSION;
