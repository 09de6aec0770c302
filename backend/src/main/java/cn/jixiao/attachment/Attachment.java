package cn.jixiao.attachment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDateTime;

/** An attachment's description (its content is in chunks): what the API answers about it. */
public record Attachment(Long id, @JsonIgnore long formId, @JsonIgnore Long rectificationId, String name,
                         String kind, String contentType, @JsonProperty("size") long sizeBytes, String sha256,
                         @JsonIgnore int chunkCount, String uploadedBy, @JsonProperty("at") LocalDateTime uploadedAt) {
}
