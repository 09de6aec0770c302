package cn.jixiao.validation;

import cn.jixiao.document.Budget;
import cn.jixiao.document.BudgetLine;
import cn.jixiao.document.FormDocument;
import cn.jixiao.document.FormType;
import cn.jixiao.document.Indicator;
import cn.jixiao.validation.IndicatorLevels.Level1;
import cn.jixiao.validation.value.IndicatorValue;
import cn.jixiao.validation.value.IndicatorValue.Quantity;
import cn.jixiao.validation.value.IndicatorValue.Range;
import cn.jixiao.validation.value.IndicatorValueParser;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything the rules share for one validation: the document, the settings, each indicator's parsed target
 * and actual and normalised levels, and the computed values (unrounded) — calculated once, here.
 * Immutable; one instance per validation.
 */
public final class ValidationContext {

    private static final int SCALE = 10;
    private static final Indicator EMPTY = Indicator.of(null, null, null, null, null);

    /** Why the deviation explanation is required (a path and a Chinese description). */
    public record DeviationTrigger(String path, String description) {
    }

    private final FormDocument doc;
    private final ValidationSettings settings;
    private final Tolerances tolerances;
    private final List<Indicator> indicators;
    private final List<IndicatorValue> targets;
    private final List<IndicatorValue> actuals;
    private final List<Level1> level1;
    private final List<Level1> level2Parent;
    private final List<String> level2Names;
    private final BigDecimal timeProgress;
    private final BigDecimal executionRate;
    private final List<BigDecimal> achievements;
    private final BigDecimal statedRateMean;
    private final List<DeviationTrigger> deviationTriggers;
    private final BigDecimal score;

    private ValidationContext(FormDocument doc, ValidationSettings settings) {
        this.doc = doc;
        this.settings = settings;
        this.tolerances = new Tolerances(settings);
        List<Indicator> raw = doc.indicators() == null ? List.of() : doc.indicators();
        int n = raw.size();
        List<Indicator> inds = new ArrayList<>(n);
        List<IndicatorValue> ts = new ArrayList<>(n);
        List<IndicatorValue> as = new ArrayList<>(n);
        List<Level1> l1 = new ArrayList<>(n);
        List<Level1> l2 = new ArrayList<>(n);
        List<String> l2Names = new ArrayList<>(n);
        for (Indicator i : raw) {
            Indicator ind = i == null ? EMPTY : i;
            inds.add(ind);
            ts.add(IndicatorValueParser.parse(ind.target()));
            as.add(IndicatorValueParser.parse(ind.actual()));
            l1.add(IndicatorLevels.level1(ind.level1()));
            String level2 = IndicatorLevels.clean(ind.level2());
            l2Names.add(level2);
            l2.add(IndicatorLevels.parentOfLevel2(level2));
        }
        this.indicators = Collections.unmodifiableList(inds);
        this.targets = Collections.unmodifiableList(ts);
        this.actuals = Collections.unmodifiableList(as);
        this.level1 = Collections.unmodifiableList(l1);
        this.level2Parent = Collections.unmodifiableList(l2);
        this.level2Names = Collections.unmodifiableList(l2Names);

        this.timeProgress = computeTimeProgress();
        this.executionRate = computeExecutionRate();

        List<BigDecimal> ach = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            BigDecimal a = null;
            if (type() != FormType.TARGET && isDue(i)) {
                a = Achievement.of(ts.get(i), as.get(i), inds.get(i).target(), inds.get(i).actual(), settings);
            }
            ach.add(a);
        }
        this.achievements = Collections.unmodifiableList(ach);
        this.statedRateMean = computeStatedRateMean();
        this.deviationTriggers = Collections.unmodifiableList(computeDeviationTriggers());
        this.score = type() == FormType.EVALUATION ? Score.of(this) : null;
    }

    /** Parses and computes everything for {@code doc}. */
    public static ValidationContext of(FormDocument doc, ValidationSettings settings) {
        return new ValidationContext(doc, settings == null ? ValidationSettings.defaults() : settings);
    }

    // ------------------------------------------------------------------ accessors

    public FormDocument doc() {
        return doc;
    }

    public FormType type() {
        return doc.type();
    }

    public ValidationSettings settings() {
        return settings;
    }

    public Tolerances tolerances() {
        return tolerances;
    }

    /** The indicators ({@code null} entries replaced by an empty row). */
    public List<Indicator> indicators() {
        return indicators;
    }

    public IndicatorValue target(int i) {
        return targets.get(i);
    }

    public IndicatorValue actual(int i) {
        return actuals.get(i);
    }

    /** The normalised level1, {@code null} when invalid. */
    public Level1 level1(int i) {
        return level1.get(i);
    }

    /** The level1 a valid level2 belongs to, {@code null} when level2 is invalid. */
    public Level1 level2Parent(int i) {
        return level2Parent.get(i);
    }

    /** The level2 text without whitespace ({@code ""} when absent). */
    public String level2Name(int i) {
        return level2Names.get(i);
    }

    /** {@code false} where the indicator is marked 未达监控节点. */
    public boolean isDue(int i) {
        return !Boolean.TRUE.equals(indicators.get(i).notDue());
    }

    /** Unrounded time progress (percent), {@code null} for TARGET or a missing/invalid month. */
    public BigDecimal timeProgress() {
        return timeProgress;
    }

    /** Unrounded execution rate (percent), {@code null} when not computable. */
    public BigDecimal executionRate() {
        return executionRate;
    }

    /** Unrounded achievement of indicator {@code i}, {@code null} when not computable, not due, or TARGET. */
    public BigDecimal achievement(int i) {
        return achievements.get(i);
    }

    /** MONITORING: unrounded mean of the due indicators' stated completion rates, {@code null} when none. */
    public BigDecimal statedRateMean() {
        return statedRateMean;
    }

    public List<DeviationTrigger> deviationTriggers() {
        return deviationTriggers;
    }

    public boolean deviationRequired() {
        return !deviationTriggers.isEmpty();
    }

    /** EVALUATION: unrounded score, else {@code null}. */
    public BigDecimal score() {
        return score;
    }

    /** Path of indicator {@code i}'s field, e.g. {@code indicators[3].actual}. */
    public static String indicatorPath(int i, String field) {
        return "indicators[" + i + "]." + field;
    }

    /** The indicator's name for messages (“参保人数”, or “第 4 个指标” when unnamed). */
    public String indicatorLabel(int i) {
        String name = indicators.get(i).name();
        return name == null || name.isBlank() ? "第 " + (i + 1) + " 个指标" : "指标“" + name.strip() + "”";
    }

    /** The amount unit for messages (万元 when absent). */
    public String amountUnit() {
        String u = doc.amountUnit();
        return u == null || u.isBlank() ? "万元" : u.strip();
    }

    /**
     * Whether a deviation text counts as empty: {@code null}, blank, or one of {@code deviation.emptyMarkers}
     * (无, /, …) once whitespace and closing punctuation are removed.
     */
    public boolean isEmptyText(String text) {
        if (text == null) {
            return true;
        }
        String t = IndicatorValueParser.normalize(text);
        int e = t.length();
        while (e > 0 && "。.,;!！".indexOf(t.charAt(e - 1)) >= 0) {
            e--;
        }
        t = t.substring(0, e);
        return t.isEmpty() || settings.emptyMarkers().contains(t);
    }

    /** Whether the target of indicator {@code i} is a quantity or a range. */
    public boolean quantitativeTarget(int i) {
        return targets.get(i) instanceof Quantity || targets.get(i) instanceof Range;
    }

    // ------------------------------------------------------------------ computations

    private BigDecimal computeTimeProgress() {
        if (type() == FormType.EVALUATION) {
            return Achievement.HUNDRED;
        }
        if (type() == FormType.MONITORING) {
            Integer m = doc.monitorMonth();
            if (m != null && m >= 1 && m <= 12) {
                return BigDecimal.valueOf(m * 100L).divide(BigDecimal.valueOf(12), SCALE, RoundingMode.HALF_UP);
            }
        }
        return null;
    }

    private BigDecimal computeExecutionRate() {
        Budget b = doc.budget();
        if (b == null || b.planned() == null || b.executed() == null) {
            return null;
        }
        BigDecimal planned = b.planned().total();
        BigDecimal executed = b.executed().total();
        if (planned == null || executed == null || planned.signum() == 0) {
            return null;
        }
        return executed.multiply(Achievement.HUNDRED).divide(planned, SCALE, RoundingMode.HALF_UP);
    }

    private BigDecimal computeStatedRateMean() {
        if (type() != FormType.MONITORING) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        int n = 0;
        for (int i = 0; i < indicators.size(); i++) {
            BigDecimal r = indicators.get(i).completionRate();
            if (isDue(i) && r != null) {
                sum = sum.add(r);
                n++;
            }
        }
        return n == 0 ? null : sum.divide(BigDecimal.valueOf(n), SCALE, RoundingMode.HALF_UP);
    }

    private List<DeviationTrigger> computeDeviationTriggers() {
        List<DeviationTrigger> out = new ArrayList<>();
        ValidationSettings s = settings;
        if (type() == FormType.MONITORING && timeProgress != null) {
            BigDecimal threshold = timeProgress.subtract(s.deviationMargin());
            if (executionRate != null && executionRate.compareTo(threshold) < 0) {
                out.add(new DeviationTrigger("budget.executed.total", "预算执行率 " + Fmt.two(executionRate)
                        + "% 低于时间进度 " + Fmt.two(timeProgress) + "% 减 " + Fmt.stated(s.deviationMargin())
                        + " 个百分点（" + Fmt.two(threshold) + "%）"));
            }
            for (int i = 0; i < indicators.size(); i++) {
                BigDecimal a = achievements.get(i);
                if (isDue(i) && a != null && targets.get(i) instanceof Quantity q && q.unit() != null
                        && !q.percent() && a.compareTo(threshold) < 0) {
                    out.add(new DeviationTrigger(indicatorPath(i, "actual"), indicatorLabel(i) + "完成率 "
                            + Fmt.two(a) + "% 低于时间进度 " + Fmt.two(timeProgress) + "% 减 "
                            + Fmt.stated(s.deviationMargin()) + " 个百分点（" + Fmt.two(threshold) + "%）"));
                }
            }
        } else if (type() == FormType.EVALUATION) {
            if (executionRate != null && (executionRate.compareTo(s.evaluationExecutionRateMin()) < 0
                    || executionRate.compareTo(s.evaluationExecutionRateMax()) > 0)) {
                out.add(new DeviationTrigger("budget.executed.total", "预算执行率 " + Fmt.two(executionRate)
                        + "% 不在 " + Fmt.stated(s.evaluationExecutionRateMin()) + "%–"
                        + Fmt.stated(s.evaluationExecutionRateMax()) + "% 之间"));
            }
            for (int i = 0; i < indicators.size(); i++) {
                BigDecimal a = achievements.get(i);
                if (isDue(i) && a != null && quantitativeTarget(i)
                        && a.compareTo(s.evaluationAchievementFloor()) < 0) {
                    out.add(new DeviationTrigger(indicatorPath(i, "actual"), indicatorLabel(i) + "完成率 "
                            + Fmt.two(a) + "% 低于 " + Fmt.stated(s.evaluationAchievementFloor()) + "%"));
                }
            }
        }
        return out;
    }

    /** The values of the API's {@code computed} object, rounded for display. */
    public Computed computed() {
        List<IndicatorComputed> per = new ArrayList<>(achievements.size());
        Score.Breakdown split = type() == FormType.EVALUATION ? Score.breakdown(this) : null;
        for (int i = 0; i < achievements.size(); i++) {
            BigDecimal a = Fmt.round(achievements.get(i), 2);
            per.add(split == null ? new IndicatorComputed(a)
                    : new IndicatorComputed(a, Fmt.round(split.weights().get(i), 2), Fmt.round(split.scores().get(i), 2)));
        }
        BigDecimal overall = statedRateMean == null ? null : Fmt.round(statedRateMean, 0);
        BigDecimal roundedScore = Fmt.round(score, 2);
        return new Computed(
                Fmt.round(timeProgress, 2),
                Fmt.round(executionRate, 2),
                per,
                overall,
                roundedScore,
                roundedScore == null ? null : Score.grade(roundedScore, settings),
                deviationRequired());
    }

    /** A budget line by name ({@code planned}, {@code arrived}, {@code executed}), or {@code null}. */
    public BudgetLine line(String name) {
        Budget b = doc.budget();
        if (b == null) {
            return null;
        }
        return switch (name) {
            case "planned" -> b.planned();
            case "arrived" -> b.arrived();
            case "executed" -> b.executed();
            default -> null;
        };
    }
}
