package cn.jixiao.rectification;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of the rectification table. */
public record RectificationRecord(Long id, long formId, String requirements, LocalDate dueDate,
                                  RectificationStatus status, String report, String requiredBy,
                                  LocalDateTime requiredAt, String requiredAtStep, String processInstanceId,
                                  boolean overdue, LocalDateTime acceptedAt) {
}
