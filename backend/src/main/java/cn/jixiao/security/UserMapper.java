package cn.jixiao.security;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface UserMapper {

    AppUser findByUsername(@Param("username") String username);

    List<Role> findRoles(@Param("userId") long userId);

    /** Counts one more failed login and locks the account when it reaches {@code maxFailures}. */
    void recordFailedLogin(@Param("userId") long userId, @Param("maxFailures") int maxFailures,
                           @Param("lockUntil") LocalDateTime lockUntil);

    void resetFailedLogins(@Param("userId") long userId);

    /** Active users of an org holding a role: the members of a workflow group. */
    List<String> findUsernames(@Param("orgId") long orgId, @Param("role") Role role);
}
