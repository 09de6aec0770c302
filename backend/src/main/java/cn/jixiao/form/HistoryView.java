package cn.jixiao.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;

/** One entry of GET /api/forms/{id}/history, with its JSON columns as JSON. */
public record HistoryView(LocalDateTime at, String actor, String actorName, String action, String task,
                          Integer version, String comment, JsonNode fieldComments, JsonNode findings,
                          JsonNode acknowledgements) {

    public static HistoryView of(HistoryEntry e, ObjectMapper json) {
        return new HistoryView(e.at(), e.actor(), e.actorName(), e.action(), e.taskKey(), e.formVersion(),
                e.comment(), tree(e.fieldComments(), json), tree(e.findings(), json), tree(e.acknowledgements(), json));
    }

    private static JsonNode tree(String text, ObjectMapper json) {
        if (text == null) {
            return json.createArrayNode();
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable history column", e);
        }
    }
}
