package cn.jixiao.results;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A recorded application of a form's result. */
public record Application(Long id, @JsonIgnore long formId, Measure measure, BigDecimal amount, String note,
                          String recordedBy, @JsonProperty("at") LocalDateTime recordedAt) {

    @JsonProperty("measureLabel")
    public String measureLabel() {
        return measure.label();
    }
}
