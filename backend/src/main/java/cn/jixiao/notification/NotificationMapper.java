package cn.jixiao.notification;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface NotificationMapper {

    /** The length of notification.message. */
    int MAX_MESSAGE = 500;

    /**
     * Gives each of {@code usernames} the notice {@code message}, cut to its column with … where it is longer
     * (a return's whole comment stays in the form's history; the notice only has to say what happened).
     */
    default void insert(List<String> usernames, Long formId, String kind, String message) {
        if (message.length() > MAX_MESSAGE) {
            int cut = Character.isHighSurrogate(message.charAt(MAX_MESSAGE - 2)) ? MAX_MESSAGE - 2 : MAX_MESSAGE - 1;
            message = message.substring(0, cut) + "…";
        }
        insertRows(usernames, formId, kind, message);
    }

    void insertRows(@Param("usernames") List<String> usernames, @Param("formId") Long formId,
                    @Param("kind") String kind, @Param("message") String message);

    List<Notification> findRecent(@Param("username") String username, @Param("limit") int limit);

    long countUnread(@Param("username") String username);

    /** Whether this person already has a notice of this kind about this form. */
    boolean exists(@Param("username") String username, @Param("formId") long formId, @Param("kind") String kind);

    int markRead(@Param("id") long id, @Param("username") String username);
}
