package cn.jixiao.security;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface MfaMapper {

    record MfaRow(String secret, boolean enabled, Long lastStep) {
    }

    MfaRow find(@Param("userId") long userId);

    /** A new secret, not yet in force; refused (0) while a confirmed one is. */
    int startEnrolment(@Param("userId") long userId, @Param("secret") String secret);

    int enable(@Param("userId") long userId, @Param("step") long step);

    /** Accepts the code of {@code step} once: 0 when that step or a later one was used already. */
    int useStep(@Param("userId") long userId, @Param("step") long step);

    void reset(@Param("userId") long userId);

    void deleteRecoveryCodes(@Param("userId") long userId);

    void insertRecoveryCode(@Param("userId") long userId, @Param("hash") String hash);

    /** 1 when the code was unused and is used now. */
    int useRecoveryCode(@Param("userId") long userId, @Param("hash") String hash, @Param("now") LocalDateTime now);
}
