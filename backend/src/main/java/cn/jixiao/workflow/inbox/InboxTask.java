package cn.jixiao.workflow.inbox;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A row of the inbox projection, joined with its form's status and overdue flag; {@code rectificationId} is set on
 * the tasks of a rectification (整改) of the form, which run beside the form's own.
 */
public record InboxTask(String taskId, long formId, String taskKey, String taskName, String assignee,
                        String candidateGroup, String orgPath, String formType, int formYear, Integer monitorMonth,
                        String fund, String unitName, String project, LocalDateTime createdAt, LocalDate dueDate,
                        LocalDateTime completedAt, String completedBy, String status, Boolean overdue,
                        Long rectificationId) {
}
