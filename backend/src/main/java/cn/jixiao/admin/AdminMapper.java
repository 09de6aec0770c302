package cn.jixiao.admin;

import cn.jixiao.security.AppUser;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The administration's reads and writes of org, app_user, setting and audit_log. */
@Mapper
public interface AdminMapper {

    record UserRow(Long id, String username, String displayName, Long orgId, String phone, boolean active,
                   boolean mustChangePassword, LocalDateTime lockedUntil, boolean mfaEnabled, LocalDateTime createdAt) {
    }

    record UserRoleRow(Long userId, String role) {
    }

    record SettingRow(Long prefectureId, String settingKey, String settingValue, String updatedBy,
                      LocalDateTime updatedAt) {
    }

    record AuditRow(Long id, LocalDateTime at, String username, String remoteIp, String action, Long formId,
                    String detail) {
    }

    /** Filter of the audit log; {@code to} is exclusive. */
    record AuditFilter(String user, Long formId, String action, LocalDateTime from, LocalDateTime to) {
    }

    // --- org

    void insertOrg(@Param("parentId") long parentId, @Param("code") String code, @Param("name") String name,
                   @Param("shortName") String shortName, @Param("level") String level, @Param("path") String path,
                   @Param("sortOrder") int sortOrder, @Param("department") String department);

    int updateOrg(@Param("id") long id, @Param("name") String name, @Param("shortName") String shortName,
                  @Param("sortOrder") int sortOrder, @Param("active") boolean active,
                  @Param("department") String department);

    void renameUnitOnForms(@Param("id") long id, @Param("name") String name);

    void renameUnitOnTasks(@Param("id") long id, @Param("name") String name);

    void renameUnitOnDoneTasks(@Param("id") long id, @Param("name") String name);

    int setParent(@Param("id") long id, @Param("parentId") long parentId);

    /** Replaces the path prefix of a whole subtree (the org itself included). */
    int rewriteOrgPaths(@Param("oldPrefix") String oldPrefix, @Param("newPrefix") String newPrefix);

    int rewriteInboxPaths(@Param("oldPrefix") String oldPrefix, @Param("newPrefix") String newPrefix);

    int rewriteInboxDonePaths(@Param("oldPrefix") String oldPrefix, @Param("newPrefix") String newPrefix);

    int countActiveChildren(@Param("id") long id);

    int countActiveUsers(@Param("orgId") long orgId);

    // --- users

    /** Every account, with its lock if one is in force at {@code now}. */
    List<UserRow> findUsers(@Param("now") LocalDateTime now);

    List<UserRoleRow> findAllRoles();

    AppUser findUserById(@Param("id") long id);

    void insertUser(@Param("username") String username, @Param("displayName") String displayName,
                    @Param("passwordHash") String passwordHash, @Param("orgId") long orgId,
                    @Param("phone") String phone, @Param("mustChange") boolean mustChange,
                    @Param("now") LocalDateTime now);

    int updateUser(@Param("id") long id, @Param("displayName") String displayName, @Param("orgId") long orgId,
                   @Param("phone") String phone, @Param("active") boolean active);

    void deleteRoles(@Param("userId") long userId);

    int countActiveWithRole(@Param("role") String role);

    void insertRole(@Param("userId") long userId, @Param("role") String role);

    int setPassword(@Param("userId") long userId, @Param("hash") String hash, @Param("mustChange") boolean mustChange,
                    @Param("now") LocalDateTime now);

    void insertPasswordHistory(@Param("userId") long userId, @Param("hash") String hash, @Param("now") LocalDateTime now);

    /** The latest {@code limit} password hashes of the account, newest first. */
    List<String> findPasswordHistory(@Param("userId") long userId, @Param("limit") int limit);

    // --- settings

    List<SettingRow> findSettings(@Param("prefectureId") Long prefectureId);

    int deleteSetting(@Param("prefectureId") Long prefectureId, @Param("key") String key);

    // --- audit

    List<AuditRow> findAudit(@Param("f") AuditFilter filter, @Param("offset") long offset, @Param("limit") int limit);

    long countAudit(@Param("f") AuditFilter filter);
}
