package cn.jixiao.form;

import cn.jixiao.document.FormDocument;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * GET /api/forms/{id}: the form, its current findings and computed values, and its open task. {@code created}: when
 * the form was entered; the task's {@code created}: when it arrived with its holder (an overdue form is counted
 * overdue from then at the earliest, not from a due date years before it was entered).
 */
public record FormView(long id, int version, FormStatus status, String statusLabel, String unitName, String filer,
                       LocalDate due, boolean overdue, LocalDateTime created, LocalDateTime signedAt, String signedBy, String snapshotSha256,
                       FormDocument form, List<?> findings, Object computed, TaskRef task) {

    public record TaskRef(String id, String key, String name, String assignee, String candidateGroup, LocalDateTime created) {
    }
}
