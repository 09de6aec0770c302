package cn.jixiao.export;

import cn.jixiao.form.document.FormDocument;
import cn.jixiao.form.document.FormType;
import cn.jixiao.form.document.Indicator;
import cn.jixiao.form.document.QualitativeLevel;
import cn.jixiao.validation.Computed;
import cn.jixiao.validation.FormValidator;
import cn.jixiao.validation.IndicatorLevels.Level1;
import cn.jixiao.validation.Score;
import cn.jixiao.validation.ValidationContext;
import cn.jixiao.validation.ValidationSettings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The computed values the tables show: the validation engine's {@link Computed} plus, for the self-evaluation
 * table, each indicator's 分值 and 得分 (the engine only returns the total). The per-indicator split follows
 * {@code cn.jixiao.validation.Score} exactly (财预〔2020〕10号, rules.md), so the rows add up to the engine's
 * 总分 up to rounding of the printed values.
 */
final class FormFigures {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SCALE = 10;

    final Computed computed;
    /** Per indicator: the 分值 it is scored against (stated weight or its share of the level), or null. */
    final List<BigDecimal> weights;
    /** Per indicator: the points it earned, null when it earns nothing computable. */
    final List<BigDecimal> scores;
    /** 预算执行率's 分值 (10 by default). */
    final BigDecimal executionWeight;
    /** 预算执行率's 得分, null when the rate cannot be computed. */
    final BigDecimal executionScore;
    /** 总分's 分值: 预算执行率 + 产出 + 效益 + 满意度 points (100 by default). */
    final BigDecimal totalPoints;

    private FormFigures(Computed computed, List<BigDecimal> weights, List<BigDecimal> scores,
                        BigDecimal executionWeight, BigDecimal executionScore, BigDecimal totalPoints) {
        this.totalPoints = totalPoints;
        this.computed = computed;
        this.weights = weights;
        this.scores = scores;
        this.executionWeight = executionWeight;
        this.executionScore = executionScore;
    }

    static FormFigures of(FormDocument doc, FormValidator validator, ValidationSettings settings) {
        Computed computed = validator.validate(doc, settings).computed();
        int n = doc.indicators() == null ? 0 : doc.indicators().size();
        if (doc.type() != FormType.EVALUATION) {
            List<BigDecimal> none = Collections.nCopies(n, null);
            return new FormFigures(computed, none, none, null, null, null);
        }
        ValidationContext ctx = ValidationContext.of(doc, settings);
        ValidationSettings s = ctx.settings();
        List<BigDecimal> weights = new ArrayList<>(Collections.nCopies(n, null));
        List<BigDecimal> scores = new ArrayList<>(Collections.nCopies(n, null));
        for (Level1 level : Level1.values()) {
            BigDecimal total = switch (level) {
                case OUTPUT -> s.scoreOutput();
                case OUTCOME -> s.scoreOutcome();
                case SATISFACTION -> s.scoreSatisfaction();
            };
            BigDecimal explicit = BigDecimal.ZERO;
            int without = 0;
            for (int i = 0; i < n; i++) {
                if (ctx.level1(i) == level) {
                    BigDecimal w = ctx.indicators().get(i).weight();
                    if (w != null) {
                        explicit = explicit.add(w);
                    } else {
                        without++;
                    }
                }
            }
            BigDecimal share = without == 0 ? BigDecimal.ZERO
                    : total.subtract(explicit).max(BigDecimal.ZERO)
                    .divide(BigDecimal.valueOf(without), SCALE, RoundingMode.HALF_UP);
            for (int i = 0; i < n; i++) {
                if (ctx.level1(i) != level) {
                    continue;
                }
                Indicator ind = ctx.indicators().get(i);
                BigDecimal w = ind.weight() != null ? ind.weight() : share;
                weights.set(i, w);
                BigDecimal pct = earnedPercent(ctx, i);
                if (pct != null) {
                    scores.set(i, w.multiply(pct).divide(HUNDRED, SCALE, RoundingMode.HALF_UP));
                }
            }
        }
        BigDecimal rate = ctx.executionRate();
        BigDecimal execScore = rate == null ? null
                : s.scoreExecutionRate().multiply(rate.min(HUNDRED).max(BigDecimal.ZERO))
                .divide(HUNDRED, SCALE, RoundingMode.HALF_UP);
        BigDecimal points = s.scoreExecutionRate().add(s.scoreOutput()).add(s.scoreOutcome()).add(s.scoreSatisfaction());
        return new FormFigures(computed, weights, scores, s.scoreExecutionRate(), execScore, points);
    }

    private static BigDecimal earnedPercent(ValidationContext ctx, int i) {
        BigDecimal a = ctx.achievement(i);
        if (ctx.quantitativeTarget(i)) {
            return a == null ? null : a.min(HUNDRED).max(BigDecimal.ZERO);
        }
        QualitativeLevel level = ctx.indicators().get(i).qualitativeLevel();
        if (level == null) {
            level = a != null && a.compareTo(HUNDRED) == 0 ? QualitativeLevel.ACHIEVED : null;
        }
        return level == null ? null : Score.share(level, ctx.settings());
    }

    /** The computed achievement of indicator {@code i} (percent, 2 decimals), or null. */
    BigDecimal achievement(int i) {
        return i < computed.indicators().size() ? computed.indicators().get(i).achievement() : null;
    }
}
