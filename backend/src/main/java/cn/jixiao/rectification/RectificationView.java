package cn.jixiao.rectification;

import cn.jixiao.attachment.Attachment;
import cn.jixiao.form.HistoryView;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** One entry of GET /api/forms/{id}/rectifications (api.md), with its open task if any. */
public record RectificationView(long id, long formId, String requirements, LocalDate due, RectificationStatus status,
                                String statusLabel, String report, boolean overdue, String requiredBy,
                                LocalDateTime requiredAt, String requiredAtStep, LocalDateTime acceptedAt,
                                TaskRef task, List<Attachment> attachments, List<HistoryView> history) {

    /** The rectification's open task: who may act on it now. */
    public record TaskRef(String id, String key, String name, String assignee, String candidateGroup) {
    }
}
