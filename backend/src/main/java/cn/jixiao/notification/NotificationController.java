package cn.jixiao.notification;

import cn.jixiao.security.CurrentUser;
import cn.jixiao.web.ApiException;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** In-app reminders: the bell in the header polls this. */
@RestController
@RequestMapping("/api/notifications")
public class NotificationController {

    public record Inbox(List<Notification> items, long unread) {
    }

    private static final int RECENT = 50;

    private final NotificationMapper notifications;

    public NotificationController(NotificationMapper notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    public Inbox list(@AuthenticationPrincipal CurrentUser user) {
        return new Inbox(notifications.findRecent(user.username(), RECENT), notifications.countUnread(user.username()));
    }

    @PostMapping("/{id}/read")
    public void read(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        if (notifications.markRead(id, user.username()) == 0) {
            throw ApiException.notFound("通知不存在或已读");
        }
    }
}
