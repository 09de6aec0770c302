package cn.jixiao.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** 偏差原因 / 采取的措施, and optionally the 136号 cause categories ({@link DeviationCategory} labels). */
public record Deviation(String reason, String measures, List<String> categories) {
    public Deviation {
        categories = categories == null ? null : Collections.unmodifiableList(new ArrayList<>(categories));
    }
}
