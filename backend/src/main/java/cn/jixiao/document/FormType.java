package cn.jixiao.document;

/** The three forms of 社会保险基金支出绩效管理. JSON value: the constant name. */
public enum FormType {
    /** 绩效目标表 */
    TARGET("绩效目标表", "目标"),
    /** 绩效监控情况表 */
    MONITORING("绩效监控情况表", "监控"),
    /** 绩效自评表 + 绩效评价报告 */
    EVALUATION("绩效自评表", "自评");

    private final String label;
    private final String shortLabel;

    FormType(String label, String shortLabel) {
        this.label = label;
        this.shortLabel = shortLabel;
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
