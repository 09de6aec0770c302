package cn.jixiao.export;

import cn.jixiao.document.FormType;
import java.text.Normalizer;

/**
 * The printed labels of the three tables. The exporter writes them, the importer finds cells by them, so a
 * filled template and an exported file are read the same way.
 */
final class Labels {

    static final String ATTACHMENT = "附件1";
    static final String ORG = "填报单位（公章）：";
    static final String AMOUNT_UNIT = "金额单位：";
    static final String DEFAULT_UNIT = "万元";

    static final String SEC_BASIC = "一、基本情况";
    static final String SEC_GOAL = "二、年度总体目标完成情况";
    static final String SEC_INDICATORS = "三、绩效指标完成情况";
    static final String SEC_REASON = "四、偏差原因";
    static final String SEC_MEASURES = "五、采取的措施";

    static final String PROJECT = "项目名称";
    static final String DEPARTMENT = "主管部门";
    static final String UNIT = "实施单位";
    static final String FUND = "基金险种";
    static final String YEAR = "年度";
    static final String MONTH = "监控月份";

    static final String FUNDS_MONITORING = "资金情况（万元）";
    static final String FUNDS = "项目资金（万元）";
    static final String PLANNED = "预算数";
    static final String PLANNED_EVAL = "年度预算数";
    static final String ARRIVED = "到位数";
    static final String EXECUTED = "执行数";
    static final String EXECUTED_EVAL = "全年执行数";
    static final String EXEC_RATE = "执行率";
    static final String WEIGHT = "分值";
    static final String SCORE = "得分";
    static final String TOTAL_LINE = "年度资金总额";
    static final String MAIN_PREFIX = "其中";
    static final String OTHER_LINE = "其他资金";

    static final String GOAL_EXPECTED_M = "年度预期目标";
    static final String GOAL_ACTUAL_M = FormType.MONITORING.goalActual();
    static final String GOAL_RATE = "总体完成率";
    static final String GOAL = "年度总体目标";
    static final String GOAL_EXPECTED_E = "预期目标";
    static final String GOAL_ACTUAL_E = FormType.EVALUATION.goalActual();

    static final String INDICATORS = "绩效指标";
    static final String L1 = "一级指标";
    static final String L2 = "二级指标";
    static final String L3 = "三级指标";
    static final String TARGET_M = "预期指标值";
    static final String TARGET_E = "年度指标值";
    static final String TARGET_T = "指标值";
    static final String ACTUAL_M = "指标完成值";
    static final String ACTUAL_E = "实际完成值";
    static final String RATE = "指标完成率";
    static final String FORECAST = "全年预计完成值";
    static final String LIKELIHOOD = "完成目标可能性";
    static final String QUALITATIVE = "定性等级";
    static final String REMARK = "备注";
    static final String NOT_DUE = "未达监控节点";

    static final String CATEGORIES = "偏差原因类别";
    static final String TOTAL_SCORE = "总分";
    static final String GRADE = "自评等级";
    static final String REASON = "偏差原因";
    static final String MEASURES = "改进措施";

    static final String FILLER = "填报人：";
    static final String PHONE = "联系电话：";
    static final String UNIT_HEAD_SIGN = "单位负责人（签字）：";
    static final String REVIEWER_SIGN = "审核人（签字）：";
    static final String SIGN_DATE = "日期：";
    static final String SEAL = "填报单位（盖章）";

    static final String REPORT = "附：绩效评价报告";
    static final String REPORT_FUND = "基金收支情况（万元）";
    static final String INCOME = "基金收入合计";
    static final String EXPENSE = "基金支出合计";
    static final String ITEMS = "其中";
    static final String BALANCE = "本年收支结余";
    static final String ACCUMULATED = "年末滚存结余";
    static final String BUDGETED_EXPENSE = "预算支出总额";
    static final String EXECUTED_EXPENSE = "实际支出总额";
    static final String COMPLETION_PCT = "完成预算比例（%）";
    static final String PREVIOUS_EXPENSE = "上年支出总额";

    static final String COMPUTED_NOTE = "系统计算值：";

    private Labels() {
    }

    /** The table's title. */
    static String title(FormType type, Integer year) {
        String y = year == null ? "" : year + "年度";
        return switch (type) {
            case TARGET -> y + "社会保险基金支出绩效目标表";
            case MONITORING -> y + "社会保险基金支出绩效监控情况表";
            case EVALUATION -> y + "社会保险基金支出绩效自评表";
        };
    }

    /**
     * A label as compared: full-width forms folded (NFKC), whitespace and a trailing colon removed
     * ({@code "填报单位（公章）："} → {@code "填报单位(公章)"}).
     */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        String s = Numbers.squeeze(Normalizer.normalize(text, Normalizer.Form.NFKC));
        while (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
