package cn.jixiao.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** 偏差原因 / 采取的措施, and optionally the 136号 cause categories (经费 制度 人员 硬件 其他). */
public record Deviation(String reason, String measures, List<String> categories) {
    public Deviation {
        categories = categories == null ? null : Collections.unmodifiableList(new ArrayList<>(categories));
    }
}
