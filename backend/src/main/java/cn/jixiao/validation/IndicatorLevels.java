package cn.jixiao.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** 一级/二级指标 names of the 财预〔2020〕10号 framework, with the synonyms found on older tables. */
public final class IndicatorLevels {

    /** The three first-level indicators, each with its second levels and the names older tables gave it. */
    public enum Level1 {
        OUTPUT("产出指标", List.of("数量指标", "质量指标", "时效指标", "成本指标"), List.of("项目完成指标")),
        OUTCOME("效益指标", List.of("社会效益指标", "经济效益指标", "生态效益指标", "可持续影响指标"),
                List.of("项目效果指标", "项目效益指标")),
        SATISFACTION("满意度指标", List.of("服务对象满意度指标", "满意度指标"), List.of());

        private final String label;
        private final List<String> level2;
        private final List<String> synonyms;

        Level1(String label, List<String> level2, List<String> synonyms) {
            this.label = label;
            this.level2 = level2;
            this.synonyms = synonyms;
        }

        public String label() {
            return label;
        }

        /** The second-level indicators under this one, in the order the editor offers them; a new row gets the first. */
        public List<String> level2() {
            return level2;
        }

        /** Older tables' names for this level (rules.md accepts them; the editor offers to normalise). */
        public List<String> synonyms() {
            return synonyms;
        }
    }

    private static final Map<String, Level1> LEVEL1 = new HashMap<>();
    private static final Map<String, Level1> LEVEL2 = new HashMap<>();

    static {
        for (Level1 l1 : Level1.values()) {
            LEVEL1.put(l1.label, l1);
            l1.synonyms.forEach(name -> LEVEL1.put(name, l1));
            l1.level2.forEach(name -> LEVEL2.put(name, l1));
        }
    }

    /** The level2 name of the quantity indicators that must be quantified. */
    public static final String QUANTITY = "数量指标";

    private IndicatorLevels() {
    }

    /** Whitespace (half- and full-width) removed. */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        boolean clean = true;
        for (int i = 0; i < s.length() && clean; i++) {
            clean = !isSpace(s.charAt(i));
        }
        if (clean) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isSpace(char c) {
        if (c <= ' ') {
            return true;
        }
        if (c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF)) {
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The first level a level1 text stands for, or {@code null} when it is not a valid level1. */
    public static Level1 level1(String text) {
        return LEVEL1.get(clean(text));
    }

    /** The first level a valid level2 text belongs to, or {@code null} when it is not a valid level2. */
    public static Level1 parentOfLevel2(String text) {
        return LEVEL2.get(clean(text));
    }
}
