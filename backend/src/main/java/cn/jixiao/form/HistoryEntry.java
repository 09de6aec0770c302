package cn.jixiao.form;

import java.time.LocalDateTime;

/** A row of form_history; the JSON columns hold field comments, findings and acknowledgements. */
public record HistoryEntry(Long id, long formId, LocalDateTime at, String actor, String actorName, String action,
                           String taskKey, Integer formVersion, String comment, String fieldComments,
                           String findings, String acknowledgements) {
}
