package cn.jixiao.validation;

import java.util.Map;

/** 一级/二级指标 names of the 财预〔2020〕10号 framework, with the synonyms found on older tables. */
public final class IndicatorLevels {

    /** The three first-level indicators. */
    public enum Level1 {
        OUTPUT("产出指标"),
        OUTCOME("效益指标"),
        SATISFACTION("满意度指标");

        private final String label;

        Level1(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final Map<String, Level1> LEVEL1 = Map.of(
            "产出指标", Level1.OUTPUT,
            "项目完成指标", Level1.OUTPUT,
            "效益指标", Level1.OUTCOME,
            "项目效果指标", Level1.OUTCOME,
            "项目效益指标", Level1.OUTCOME,
            "满意度指标", Level1.SATISFACTION);

    private static final Map<String, Level1> LEVEL2 = Map.ofEntries(
            Map.entry("数量指标", Level1.OUTPUT),
            Map.entry("质量指标", Level1.OUTPUT),
            Map.entry("时效指标", Level1.OUTPUT),
            Map.entry("成本指标", Level1.OUTPUT),
            Map.entry("经济效益指标", Level1.OUTCOME),
            Map.entry("社会效益指标", Level1.OUTCOME),
            Map.entry("生态效益指标", Level1.OUTCOME),
            Map.entry("可持续影响指标", Level1.OUTCOME),
            Map.entry("满意度指标", Level1.SATISFACTION),
            Map.entry("服务对象满意度指标", Level1.SATISFACTION));

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
