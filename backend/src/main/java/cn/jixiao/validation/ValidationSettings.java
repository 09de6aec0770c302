package cn.jixiao.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every threshold of rules.md, with the defaults of rules.md. Percentages are percentage points, amounts are
 * in the form's amount unit. Build with {@link #defaults()} and {@link #withOverrides(Map)} (per-prefecture
 * key/value rows); {@link #SETTINGS} documents each key. Immutable.
 *
 * @param deviationMargin              {@code deviation.margin}
 * @param evaluationExecutionRateMin   {@code evaluation.executionRate.min}
 * @param evaluationExecutionRateMax   {@code evaluation.executionRate.max}
 * @param evaluationAchievementFloor   {@code evaluation.achievement.floor}
 * @param overAchievement              {@code evaluation.overAchievement}
 * @param amountTolerance              {@code tolerance.amount}
 * @param sumToleranceFactor           {@code tolerance.sumFactor}
 * @param completionRateTolerance      {@code tolerance.completionRate}
 * @param scoreExecutionRate           {@code score.executionRate}
 * @param scoreOutput                  {@code score.output}
 * @param scoreOutcome                 {@code score.outcome}
 * @param scoreSatisfaction            {@code score.satisfaction}
 * @param qualitativeAchieved          {@code score.qualitative.achieved}
 * @param qualitativePartial           {@code score.qualitative.partial}
 * @param qualitativeNotAchieved       {@code score.qualitative.notAchieved}
 * @param qualitativeAchievedBandMin   {@code score.band.achieved.min}
 * @param qualitativePartialBandMin    {@code score.band.partial.min}
 * @param gradeExcellent               {@code grade.excellent}
 * @param gradeGood                    {@code grade.good}
 * @param gradeFair                    {@code grade.fair}
 * @param executionRateIndicatorName   {@code execRateIndicator.nameContains}
 * @param completionWords              {@code qualitative.completionWords}
 * @param emptyMarkers                 {@code deviation.emptyMarkers}
 */
public record ValidationSettings(
        BigDecimal deviationMargin,
        BigDecimal evaluationExecutionRateMin,
        BigDecimal evaluationExecutionRateMax,
        BigDecimal evaluationAchievementFloor,
        BigDecimal overAchievement,
        BigDecimal amountTolerance,
        BigDecimal sumToleranceFactor,
        BigDecimal completionRateTolerance,
        BigDecimal scoreExecutionRate,
        BigDecimal scoreOutput,
        BigDecimal scoreOutcome,
        BigDecimal scoreSatisfaction,
        BigDecimal qualitativeAchieved,
        BigDecimal qualitativePartial,
        BigDecimal qualitativeNotAchieved,
        BigDecimal qualitativeAchievedBandMin,
        BigDecimal qualitativePartialBandMin,
        BigDecimal gradeExcellent,
        BigDecimal gradeGood,
        BigDecimal gradeFair,
        String executionRateIndicatorName,
        List<String> completionWords,
        List<String> emptyMarkers) {

    /** One setting key: the name the settings screen and the audit log show, its default (as stored) and what it means. */
    public record Setting(String key, String label, String defaultValue, String description) {
    }

    /** All keys, in a stable order, with defaults and Chinese descriptions. */
    public static final List<Setting> SETTINGS = List.of(
            new Setting("deviation.margin", "监控表偏差阈值", "20",
                    "监控表偏差阈值（百分点）：预算执行率或计数/金额类指标完成率低于“时间进度 − 该值”时须说明偏差原因和措施"),
            new Setting("evaluation.executionRate.min", "自评表预算执行率下限", "95", "自评表预算执行率合理区间下限（%），低于时须说明偏差"),
            new Setting("evaluation.executionRate.max", "自评表预算执行率上限", "105", "自评表预算执行率合理区间上限（%），高于时须说明偏差"),
            new Setting("evaluation.achievement.floor", "自评表指标完成率下限", "90", "自评表定量指标完成率下限（%），低于时须说明偏差"),
            new Setting("evaluation.overAchievement", "超额完成阈值", "130", "自评表超额完成阈值（%）：完成率达到该值且未说明偏差原因时提示目标设定偏低"),
            new Setting("tolerance.amount", "金额容差", "0.02", "两个金额视为相等的最大差额（金额单位，通常为万元）"),
            new Setting("tolerance.sumFactor", "合计数容差系数", "0.005", "n 项金额之和与合计数的容差系数：容差 = 该值 × (n + 1)"),
            new Setting("tolerance.completionRate", "完成率容差", "1", "填报的完成率与计算值相符的容差（百分点，含）"),
            new Setting("score.executionRate", "预算执行率分值", "10", "自评得分：预算执行率分值"),
            new Setting("score.output", "产出指标分值", "50", "自评得分：产出指标分值"),
            new Setting("score.outcome", "效益指标分值", "30", "自评得分：效益指标分值"),
            new Setting("score.satisfaction", "满意度指标分值", "10", "自评得分：满意度指标分值"),
            new Setting("score.qualitative.achieved", "定性“达成”得分比例", "100", "定性指标“达成”得分比例（%）"),
            new Setting("score.qualitative.partial", "定性“部分达成”得分比例", "70", "定性指标“部分达成”得分比例（%）"),
            new Setting("score.qualitative.notAchieved", "定性“未达成”得分比例", "30", "定性指标“未达成”得分比例（%）"),
            new Setting("score.band.achieved.min", "“达成”档下限", "80", "定性指标“达成”档下限（%），档为 [该值, 100]"),
            new Setting("score.band.partial.min", "“部分达成”档下限", "60", "定性指标“部分达成”档下限（%），档为 [该值, 达成档下限)；“未达成”档为 [0, 该值)"),
            new Setting("grade.excellent", "“优”的最低得分", "90", "评价等级“优”的最低得分"),
            new Setting("grade.good", "“良”的最低得分", "80", "评价等级“良”的最低得分"),
            new Setting("grade.fair", "“中”的最低得分", "60", "评价等级“中”的最低得分，低于为“差”"),
            new Setting("execRateIndicator.nameContains", "预算执行率指标的名称", "支出预算执行率",
                    "名称含该文字的指标，其完成值须与预算执行率一致"),
            new Setting("qualitative.completionWords", "定性完成用语", "达成,完成,按时,平稳,足额",
                    "定性完成值含其中任一词（且无“未/没/不”等否定词）即视为完成，完成率 100%（逗号分隔）"),
            new Setting("deviation.emptyMarkers", "视为未填写的内容", "无,/,-,—,——,暂无",
                    "偏差原因/措施填写为这些内容时视为未填写（逗号分隔，比较前去掉空白和句末标点）"));

    private static final ValidationSettings DEFAULTS;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        for (Setting s : SETTINGS) {
            m.put(s.key(), s.defaultValue());
        }
        DEFAULTS = fromMap(m);
    }

    public ValidationSettings {
        Objects.requireNonNull(deviationMargin, "deviationMargin");
        Objects.requireNonNull(evaluationExecutionRateMin, "evaluationExecutionRateMin");
        Objects.requireNonNull(evaluationExecutionRateMax, "evaluationExecutionRateMax");
        Objects.requireNonNull(evaluationAchievementFloor, "evaluationAchievementFloor");
        Objects.requireNonNull(overAchievement, "overAchievement");
        Objects.requireNonNull(amountTolerance, "amountTolerance");
        Objects.requireNonNull(sumToleranceFactor, "sumToleranceFactor");
        Objects.requireNonNull(completionRateTolerance, "completionRateTolerance");
        Objects.requireNonNull(scoreExecutionRate, "scoreExecutionRate");
        Objects.requireNonNull(scoreOutput, "scoreOutput");
        Objects.requireNonNull(scoreOutcome, "scoreOutcome");
        Objects.requireNonNull(scoreSatisfaction, "scoreSatisfaction");
        Objects.requireNonNull(qualitativeAchieved, "qualitativeAchieved");
        Objects.requireNonNull(qualitativePartial, "qualitativePartial");
        Objects.requireNonNull(qualitativeNotAchieved, "qualitativeNotAchieved");
        Objects.requireNonNull(qualitativeAchievedBandMin, "qualitativeAchievedBandMin");
        Objects.requireNonNull(qualitativePartialBandMin, "qualitativePartialBandMin");
        Objects.requireNonNull(gradeExcellent, "gradeExcellent");
        Objects.requireNonNull(gradeGood, "gradeGood");
        Objects.requireNonNull(gradeFair, "gradeFair");
        Objects.requireNonNull(executionRateIndicatorName, "executionRateIndicatorName");
        completionWords = List.copyOf(completionWords);
        emptyMarkers = List.copyOf(emptyMarkers);

        for (BigDecimal v : List.of(deviationMargin, evaluationExecutionRateMin, evaluationExecutionRateMax,
                evaluationAchievementFloor, overAchievement, amountTolerance, sumToleranceFactor,
                completionRateTolerance, scoreExecutionRate, scoreOutput, scoreOutcome, scoreSatisfaction,
                qualitativeAchieved, qualitativePartial, qualitativeNotAchieved, qualitativeAchievedBandMin,
                qualitativePartialBandMin, gradeExcellent, gradeGood, gradeFair)) {
            if (v.signum() < 0) {
                throw new IllegalArgumentException("校验设置不能为负数：" + v.toPlainString());
            }
        }
        if (evaluationExecutionRateMin.compareTo(evaluationExecutionRateMax) > 0) {
            throw new IllegalArgumentException("evaluation.executionRate.min 不能大于 evaluation.executionRate.max");
        }
        if (gradeFair.compareTo(gradeGood) > 0 || gradeGood.compareTo(gradeExcellent) > 0) {
            throw new IllegalArgumentException("等级分数线应满足 grade.fair ≤ grade.good ≤ grade.excellent");
        }
        if (qualitativePartialBandMin.compareTo(qualitativeAchievedBandMin) > 0
                || qualitativeAchievedBandMin.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("定性指标档位应满足 score.band.partial.min ≤ score.band.achieved.min ≤ 100");
        }
        for (BigDecimal share : List.of(qualitativeAchieved, qualitativePartial, qualitativeNotAchieved)) {
            if (share.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("定性指标得分比例不能超过 100");
            }
        }
    }

    /** The defaults of rules.md. */
    public static ValidationSettings defaults() {
        return DEFAULTS;
    }

    /** Whether {@code key} is one of {@link #SETTINGS}. */
    public static boolean isKnownKey(String key) {
        for (Setting s : SETTINGS) {
            if (s.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A copy with the given keys replaced. Values are strings as stored (numbers in plain notation, lists
     * comma-separated); {@code null} or blank values are ignored (the current value stays).
     *
     * @throws IllegalArgumentException on an unknown key, a value that is not a number, or settings that do
     *                                  not fit together (min &gt; max, …); the message is in Chinese
     */
    public ValidationSettings withOverrides(Map<String, String> overrides) {
        if (overrides == null || overrides.isEmpty()) {
            return this;
        }
        Map<String, String> m = toMap();
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            if (!isKnownKey(e.getKey())) {
                throw new IllegalArgumentException("未知的校验设置项：" + e.getKey());
            }
            if (e.getValue() != null && !e.getValue().isBlank()) {
                m.put(e.getKey(), e.getValue().strip());
            }
        }
        return fromMap(m);
    }

    /** Every key with its current value, in the order of {@link #SETTINGS}. */
    public Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("deviation.margin", plain(deviationMargin));
        m.put("evaluation.executionRate.min", plain(evaluationExecutionRateMin));
        m.put("evaluation.executionRate.max", plain(evaluationExecutionRateMax));
        m.put("evaluation.achievement.floor", plain(evaluationAchievementFloor));
        m.put("evaluation.overAchievement", plain(overAchievement));
        m.put("tolerance.amount", plain(amountTolerance));
        m.put("tolerance.sumFactor", plain(sumToleranceFactor));
        m.put("tolerance.completionRate", plain(completionRateTolerance));
        m.put("score.executionRate", plain(scoreExecutionRate));
        m.put("score.output", plain(scoreOutput));
        m.put("score.outcome", plain(scoreOutcome));
        m.put("score.satisfaction", plain(scoreSatisfaction));
        m.put("score.qualitative.achieved", plain(qualitativeAchieved));
        m.put("score.qualitative.partial", plain(qualitativePartial));
        m.put("score.qualitative.notAchieved", plain(qualitativeNotAchieved));
        m.put("score.band.achieved.min", plain(qualitativeAchievedBandMin));
        m.put("score.band.partial.min", plain(qualitativePartialBandMin));
        m.put("grade.excellent", plain(gradeExcellent));
        m.put("grade.good", plain(gradeGood));
        m.put("grade.fair", plain(gradeFair));
        m.put("execRateIndicator.nameContains", executionRateIndicatorName);
        m.put("qualitative.completionWords", String.join(",", completionWords));
        m.put("deviation.emptyMarkers", String.join(",", emptyMarkers));
        return m;
    }

    private static String plain(BigDecimal d) {
        return d.toPlainString();
    }

    private static ValidationSettings fromMap(Map<String, String> m) {
        return new ValidationSettings(
                num(m, "deviation.margin"),
                num(m, "evaluation.executionRate.min"),
                num(m, "evaluation.executionRate.max"),
                num(m, "evaluation.achievement.floor"),
                num(m, "evaluation.overAchievement"),
                num(m, "tolerance.amount"),
                num(m, "tolerance.sumFactor"),
                num(m, "tolerance.completionRate"),
                num(m, "score.executionRate"),
                num(m, "score.output"),
                num(m, "score.outcome"),
                num(m, "score.satisfaction"),
                num(m, "score.qualitative.achieved"),
                num(m, "score.qualitative.partial"),
                num(m, "score.qualitative.notAchieved"),
                num(m, "score.band.achieved.min"),
                num(m, "score.band.partial.min"),
                num(m, "grade.excellent"),
                num(m, "grade.good"),
                num(m, "grade.fair"),
                m.get("execRateIndicator.nameContains").strip(),
                list(m.get("qualitative.completionWords")),
                list(m.get("deviation.emptyMarkers")));
    }

    private static BigDecimal num(Map<String, String> m, String key) {
        String v = m.get(key);
        try {
            return new BigDecimal(v.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("校验设置 " + key + " 的值“" + v + "”不是数字");
        }
    }

    private static List<String> list(String v) {
        List<String> out = new ArrayList<>();
        for (String part : v.split("[,，、]")) {
            String p = part.strip();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return Collections.unmodifiableList(out);
    }
}
