package cn.jixiao.notification;

import java.time.LocalDateTime;

public record Notification(Long id, String username, Long formId, String kind, String message,
                           LocalDateTime createdAt, LocalDateTime readAt) {
}
