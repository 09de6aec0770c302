package cn.jixiao.security;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface LoginGuardMapper {

    record GuardRow(int attempts, int inFlight, LocalDateTime lockedUntil, LocalDateTime updatedAt) {
    }

    /** Makes sure the key has a row, so the next statement can lock it (two first attempts at once: one inserts). */
    void insertIfAbsent(@Param("key") String key, @Param("now") LocalDateTime now);

    /** The key's row, locked until the transaction ends: the guard's attempts are counted one after the other. */
    GuardRow lock(@Param("key") String key);

    void update(@Param("key") String key, @Param("attempts") int attempts, @Param("inFlight") int inFlight,
                @Param("lockedUntil") LocalDateTime lockedUntil, @Param("now") LocalDateTime now);

    /** Unlocks a key (the security administrator's unlock). */
    int clear(@Param("key") String key);

    /** Rows nobody is counting any more: no attempts since {@code before} and no lock in force. */
    int deleteStale(@Param("before") LocalDateTime before);
}
