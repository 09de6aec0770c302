package cn.jixiao.security;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface UserMapper {

    AppUser findByUsername(@Param("username") String username);

    List<Role> findRoles(@Param("userId") long userId);

    /** Active users of an org holding a role: the members of a workflow group. */
    List<String> findUsernames(@Param("orgId") long orgId, @Param("role") Role role);

    /** The password is older than the policy allows: the next requests wait for a new one. */
    void requirePasswordChange(@Param("userId") long userId);
}
