package cn.jixiao.validation;

/** Every rule code of rules.md with its Chinese title; see docs/rules.md for the conditions. */
public enum RuleCode {
    REQUIRED_FIELD_MISSING("必填项缺失", true),
    INDICATOR_LEVEL_INVALID("指标层级不规范"),
    INDICATOR_LEVEL_MISPLACED("二级指标归属错误"),
    INDICATOR_FRAMEWORK_INCOMPLETE("指标体系不完整"),
    INDICATOR_TARGET_MISSING("指标值缺失", true),
    INDICATOR_TARGET_NOT_QUANTIFIED("数量指标未量化"),
    TARGET_AMOUNT_EXCEEDS_BUDGET("指标金额超过预算"),
    INDICATOR_ACTUAL_MISSING("完成值缺失", true),
    INDICATOR_UNIT_MISMATCH("指标值与完成值单位不一致"),
    INDICATOR_RATE_MISMATCH("指标完成率与计算值不符"),
    OVERALL_RATE_MISMATCH("总体完成率与指标完成率均值不符"),
    BUDGET_NEGATIVE("预算金额为负数"),
    BUDGET_SPLIT_MISMATCH("资金来源合计不符"),
    BUDGET_ARRIVED_EXCEEDS_PLANNED("到位数超过预算数"),
    BUDGET_EXECUTED_EXCEEDS_ARRIVED("执行数超过到位数"),
    EXECUTION_RATE_MISMATCH("预算执行率与计算值不符"),
    EXEC_RATE_INDICATOR_MISMATCH("执行率指标与预算执行率不符"),
    DEVIATION_EXPLANATION_REQUIRED("须说明偏差原因及措施"),
    EVAL_BUDGET_INCONSISTENT("评价报告预算数与自评表不一致"),
    EVAL_EXPENSE_INCONSISTENT("评价报告支出数与自评表不一致"),
    FUND_BALANCE_MISMATCH("基金收支结余不符"),
    FUND_ITEMS_MISMATCH("基金收支明细合计不符"),
    REPORT_COMPLETION_PCT_MISMATCH("评价报告预算完成比例不符"),
    REPORT_SECTION_MISSING("评价报告章节未填写", true),
    OVER_ACHIEVEMENT_UNEXPLAINED("超额完成未说明"),
    LIKELIHOOD_UNEXPLAINED("完成可能性存疑未说明"),
    DUPLICATE_FORM("重复填报"),
    DUPLICATE_AMOUNTS_ACROSS_PROJECTS("不同项目金额相同"),
    TARGET_VALUE_CHANGED("指标值与已签发目标表不一致"),
    TARGET_INDICATOR_DROPPED("已签发目标表的指标缺失");

    private final String title;
    private final boolean blank;

    RuleCode(String title) {
        this(title, false);
    }

    RuleCode(String title, boolean blank) {
        this.title = title;
        this.blank = blank;
    }

    /** The finding only says a field is not filled in yet (the editor shows it softer, as 待填写). */
    public boolean blank() {
        return blank;
    }

    public String title() {
        return title;
    }
}
