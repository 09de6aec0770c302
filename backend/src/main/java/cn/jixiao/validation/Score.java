package cn.jixiao.validation;

import cn.jixiao.document.Indicator;
import cn.jixiao.document.QualitativeLevel;
import cn.jixiao.validation.IndicatorLevels.Level1;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * 自评得分 per 财预〔2020〕10号 (rules.md): 预算执行率 10 × min(rate,100)/100; 产出 50, 效益 30, 满意度 10, each
 * shared equally among that level's indicators unless {@code weight} is given (explicit weights are taken as
 * they are, the rest of the level's points is shared among the others). A quantitative indicator earns
 * weight × min(achievement,100)/100; a qualitative one earns its level's share (达成 100 %, 部分达成 70 %,
 * 未达成 30 %; without {@code qualitativeLevel}: 达成 when its achievement is 100, else nothing).
 */
public final class Score {

    private static final int SCALE = 10;

    private Score() {
    }

    /**
     * The score line by line, as the 自评表 prints it: the 预算执行率 row's 分值/得分 and each indicator's
     * 分值 (weight) and 得分 (null where it earns nothing), plus 总分's 分值.
     */
    public record Breakdown(BigDecimal executionWeight, BigDecimal executionScore, List<BigDecimal> weights,
                            List<BigDecimal> scores, BigDecimal totalPoints) {

        /** The unrounded 总分. */
        public BigDecimal total() {
            BigDecimal sum = executionScore == null ? BigDecimal.ZERO : executionScore;
            for (BigDecimal score : scores) {
                if (score != null) {
                    sum = sum.add(score);
                }
            }
            return sum;
        }
    }

    /** The unrounded score of an EVALUATION form. */
    static BigDecimal of(ValidationContext ctx) {
        return breakdown(ctx).total();
    }

    public static Breakdown breakdown(ValidationContext ctx) {
        ValidationSettings s = ctx.settings();
        int n = ctx.indicators().size();
        List<BigDecimal> weights = new ArrayList<>(Collections.nCopies(n, null));
        List<BigDecimal> scores = new ArrayList<>(Collections.nCopies(n, null));
        for (Level1 level : Level1.values()) {
            shareLevel(ctx, level, points(level, s), weights, scores);
        }
        BigDecimal rate = ctx.executionRate();
        BigDecimal executionScore = rate == null ? null
                : s.scoreExecutionRate().multiply(rate.min(Achievement.HUNDRED).max(BigDecimal.ZERO))
                .divide(Achievement.HUNDRED, SCALE, RoundingMode.HALF_UP);
        BigDecimal totalPoints = s.scoreExecutionRate().add(s.scoreOutput()).add(s.scoreOutcome())
                .add(s.scoreSatisfaction());
        return new Breakdown(s.scoreExecutionRate(), executionScore, weights, scores, totalPoints);
    }

    private static BigDecimal points(Level1 level, ValidationSettings s) {
        return switch (level) {
            case OUTPUT -> s.scoreOutput();
            case OUTCOME -> s.scoreOutcome();
            case SATISFACTION -> s.scoreSatisfaction();
        };
    }

    /** Gives each indicator of the level its weight and what it earns of it. */
    private static void shareLevel(ValidationContext ctx, Level1 level, BigDecimal levelTotal,
                                   List<BigDecimal> weights, List<BigDecimal> scores) {
        BigDecimal explicit = BigDecimal.ZERO;
        int withoutWeight = 0;
        int n = ctx.indicators().size();
        for (int i = 0; i < n; i++) {
            if (ctx.level1(i) == level) {
                BigDecimal w = ctx.indicators().get(i).weight();
                if (w != null) {
                    explicit = explicit.add(w);
                } else {
                    withoutWeight++;
                }
            }
        }
        BigDecimal share = withoutWeight == 0 ? BigDecimal.ZERO
                : levelTotal.subtract(explicit).max(BigDecimal.ZERO)
                .divide(BigDecimal.valueOf(withoutWeight), SCALE, RoundingMode.HALF_UP);
        for (int i = 0; i < n; i++) {
            if (ctx.level1(i) != level) {
                continue;
            }
            Indicator ind = ctx.indicators().get(i);
            BigDecimal w = ind.weight() != null ? ind.weight() : share;
            weights.set(i, w);
            BigDecimal pct = earnedPercent(ctx, i);
            if (pct != null) {
                scores.set(i, w.multiply(pct).divide(Achievement.HUNDRED, SCALE, RoundingMode.HALF_UP));
            }
        }
    }

    /** The percentage of its weight indicator {@code i} earns, {@code null} for nothing. */
    private static BigDecimal earnedPercent(ValidationContext ctx, int i) {
        BigDecimal a = ctx.achievement(i);
        if (ctx.quantitativeTarget(i)) {
            return a == null ? null : a.min(Achievement.HUNDRED).max(BigDecimal.ZERO);
        }
        QualitativeLevel level = ctx.indicators().get(i).qualitativeLevel();
        if (level == null) {
            level = a != null && a.compareTo(Achievement.HUNDRED) == 0 ? QualitativeLevel.ACHIEVED : null;
        }
        return level == null ? null : share(level, ctx.settings());
    }

    /** The default share (percent of the weight) of a qualitative level. */
    public static BigDecimal share(QualitativeLevel level, ValidationSettings s) {
        return switch (level) {
            case ACHIEVED -> s.qualitativeAchieved();
            case PARTIALLY_ACHIEVED -> s.qualitativePartial();
            case NOT_ACHIEVED -> s.qualitativeNotAchieved();
        };
    }

    /**
     * Whether a reviewer-set share (percent of the indicator's weight) lies inside the level's band:
     * 达成 [80,100], 部分达成 [60,80), 未达成 [0,60) by default.
     */
    public static boolean withinBand(QualitativeLevel level, BigDecimal percent, ValidationSettings s) {
        BigDecimal hundred = Achievement.HUNDRED;
        return switch (level) {
            case ACHIEVED -> percent.compareTo(s.qualitativeAchievedBandMin()) >= 0 && percent.compareTo(hundred) <= 0;
            case PARTIALLY_ACHIEVED -> percent.compareTo(s.qualitativePartialBandMin()) >= 0
                    && percent.compareTo(s.qualitativeAchievedBandMin()) < 0;
            case NOT_ACHIEVED -> percent.signum() >= 0 && percent.compareTo(s.qualitativePartialBandMin()) < 0;
        };
    }

    /** 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差 (thresholds from the settings). */
    public static String grade(BigDecimal score, ValidationSettings s) {
        if (score.compareTo(s.gradeExcellent()) >= 0) {
            return "优";
        }
        if (score.compareTo(s.gradeGood()) >= 0) {
            return "良";
        }
        if (score.compareTo(s.gradeFair()) >= 0) {
            return "中";
        }
        return "差";
    }
}
