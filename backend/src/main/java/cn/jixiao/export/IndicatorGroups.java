package cn.jixiao.export;

import cn.jixiao.document.Indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order the tables print indicators in: a form lists its rows as the filer added them (质量指标, 时效指标, then
 * 质量指标 again), the paper table groups them, each 一级指标 with its 二级指标 merged into one cell. Groups keep the
 * order of their first row, rows within a group keep theirs; rows without a level stay where they are among the
 * groups (each is a group of its own).
 */
final class IndicatorGroups {

    private IndicatorGroups() {
    }

    /** The indexes of {@code indicators} in printed order. */
    static int[] order(List<Indicator> indicators) {
        Map<String, Map<String, List<Integer>>> groups = new LinkedHashMap<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator ind = indicators.get(i);
            groups.computeIfAbsent(key(ind.level1(), i), k -> new LinkedHashMap<>())
                    .computeIfAbsent(key(ind.level2(), i), k -> new ArrayList<>()).add(i);
        }
        int[] order = new int[indicators.size()];
        int n = 0;
        for (Map<String, List<Integer>> level1 : groups.values()) {
            for (List<Integer> rows : level1.values()) {
                for (int i : rows) {
                    order[n++] = i;
                }
            }
        }
        return order;
    }

    /** A blank level matches nothing: its row is a group of its own (the tables never merge blank cells). */
    private static String key(String level, int row) {
        return FormLayout.sameText(level, level) ? "L:" + level : "#" + row;
    }
}
