package cn.jixiao.notification;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface NotificationMapper {

    void insert(@Param("usernames") List<String> usernames, @Param("formId") Long formId,
                @Param("kind") String kind, @Param("message") String message);

    List<Notification> findRecent(@Param("username") String username, @Param("limit") int limit);

    long countUnread(@Param("username") String username);

    /** Whether this person already has a notice of this kind about this form. */
    boolean exists(@Param("username") String username, @Param("formId") long formId, @Param("kind") String kind);

    int markRead(@Param("id") long id, @Param("username") String username);
}
