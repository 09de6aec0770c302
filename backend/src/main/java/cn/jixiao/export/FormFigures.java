package cn.jixiao.export;

import cn.jixiao.document.FormDocument;
import cn.jixiao.document.FormType;
import cn.jixiao.validation.Computed;
import cn.jixiao.validation.FormValidator;
import cn.jixiao.validation.Score;
import cn.jixiao.validation.ValidationContext;
import cn.jixiao.validation.ValidationSettings;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

/**
 * The computed values the tables show: the validation engine's {@link Computed} plus, for the self-evaluation
 * table, each indicator's 分值 and 得分 (the engine only returns the total). The per-indicator split follows
 * {@code cn.jixiao.validation.Score} exactly (财预〔2020〕10号, rules.md), so the rows add up to the engine's
 * 总分 up to rounding of the printed values.
 */
final class FormFigures {


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
        Score.Breakdown b = Score.breakdown(ValidationContext.of(doc, settings));
        return new FormFigures(computed, b.weights(), b.scores(), b.executionWeight(), b.executionScore(),
                b.totalPoints());
    }

    /** The computed achievement of indicator {@code i} (percent, 2 decimals), or null. */
    BigDecimal achievement(int i) {
        return i < computed.indicators().size() ? computed.indicators().get(i).achievement() : null;
    }
}
