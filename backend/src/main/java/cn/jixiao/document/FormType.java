package cn.jixiao.document;

/** The three forms of 社会保险基金支出绩效管理. JSON value: the constant name. */
public enum FormType {
    /** 绩效目标表 */
    TARGET("绩效目标表", "目标", null),
    /** 绩效监控情况表 */
    MONITORING("绩效监控情况表", "监控", "目前完成情况"),
    /** 绩效自评表 + 绩效评价报告 */
    EVALUATION("绩效自评表", "自评", "实际完成情况");

    private final String label;
    private final String shortLabel;
    private final String goalActual;

    FormType(String label, String shortLabel, String goalActual) {
        this.label = label;
        this.shortLabel = shortLabel;
        this.goalActual = goalActual;
    }

    /**
     * The name of {@code goal.actual} on this table (目前完成情况 while monitoring, 实际完成情况 at the self-evaluation);
     * null on the target table, which has no such field. The one source of the label: the tables, the checks and
     * the web app (through /api/meta) all use it.
     */
    public String goalActual() {
        return goalActual;
    }

    /** The one-word name lists have room for. */
    public String shortLabel() {
        return shortLabel;
    }

    /** Chinese name of the table. */
    public String label() {
        return label;
    }
}
