package cn.jixiao.document;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Level of a qualitative indicator on the self-evaluation table. JSON value: the Chinese label. */
public enum QualitativeLevel {
    ACHIEVED("达成"),
    PARTIALLY_ACHIEVED("部分达成"),
    NOT_ACHIEVED("未达成");

    private final String label;

    QualitativeLevel(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /** The constant whose label is {@code label}, or {@code null} when there is none. */
    @JsonCreator
    public static QualitativeLevel fromLabel(String label) {
        for (QualitativeLevel l : values()) {
            if (l.label.equals(label)) {
                return l;
            }
        }
        return null;
    }
}
