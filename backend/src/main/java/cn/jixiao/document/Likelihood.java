package cn.jixiao.document;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** 完成目标可能性 (MONITORING, 财预〔2019〕136号 template). JSON value: the Chinese label. */
public enum Likelihood {
    CERTAIN("确定能"),
    POSSIBLE("有可能"),
    IMPOSSIBLE("完全不可能");

    private final String label;

    Likelihood(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /** The constant whose label is {@code label}, or {@code null} when there is none. */
    @JsonCreator
    public static Likelihood fromLabel(String label) {
        for (Likelihood l : values()) {
            if (l.label.equals(label)) {
                return l;
            }
        }
        return null;
    }
}
