package cn.jixiao.document;

/** The three forms of 社会保险基金支出绩效管理. JSON value: the constant name. */
public enum FormType {
    /** 绩效目标表 */
    TARGET("绩效目标表"),
    /** 绩效监控情况表 */
    MONITORING("绩效监控情况表"),
    /** 绩效自评表 + 绩效评价报告 */
    EVALUATION("绩效自评表");

    private final String label;

    FormType(String label) {
        this.label = label;
    }

    /** Chinese name of the table. */
    public String label() {
        return label;
    }
}
