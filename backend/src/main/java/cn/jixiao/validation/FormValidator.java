package cn.jixiao.validation;

import cn.jixiao.document.FormDocument;
import cn.jixiao.validation.rules.BudgetRules;
import cn.jixiao.validation.rules.CompletionRateRules;
import cn.jixiao.validation.rules.DeviationRules;
import cn.jixiao.validation.rules.EvaluationReportRules;
import cn.jixiao.validation.rules.ExecutionRateRules;
import cn.jixiao.validation.rules.IndicatorActualRules;
import cn.jixiao.validation.rules.IndicatorLevelRules;
import cn.jixiao.validation.rules.IndicatorTargetRules;
import cn.jixiao.validation.rules.ReportSectionRules;
import cn.jixiao.validation.rules.RequiredFieldRules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The single-form validation engine: runs every rule family of rules.md against one document and returns
 * the findings and the computed values. Plain Java, stateless and thread-safe: one instance can serve all
 * requests. The cross-form rules are in {@code cn.jixiao.validation.crossform}.
 */
public final class FormValidator {

    private final List<Rule> rules;

    /** The validator with all rule families of rules.md. */
    public FormValidator() {
        this(defaultRules());
    }

    /** A validator with the given rule families, run in order. */
    public FormValidator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** All single-form rule families, in the order their findings are reported. */
    public static List<Rule> defaultRules() {
        return List.of(
                new RequiredFieldRules(),
                new IndicatorLevelRules(),
                new IndicatorTargetRules(),
                new IndicatorActualRules(),
                new CompletionRateRules(),
                new BudgetRules(),
                new ExecutionRateRules(),
                new DeviationRules(),
                new EvaluationReportRules(),
                new ReportSectionRules());
    }

    /** Validates with the default settings. */
    public ValidationResult validate(FormDocument doc) {
        return validate(doc, ValidationSettings.defaults());
    }

    /** Validates {@code doc} with {@code settings} ({@code null} = defaults). */
    public ValidationResult validate(FormDocument doc, ValidationSettings settings) {
        Objects.requireNonNull(doc, "doc");
        ValidationContext ctx = ValidationContext.of(doc, settings);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            rule.check(ctx, findings);
        }
        return new ValidationResult(findings, ctx.computed());
    }
}
