package cn.jixiao.export;

import cn.jixiao.export.Grid.Cell;
import cn.jixiao.export.Grid.Style;
import cn.jixiao.document.Budget;
import cn.jixiao.document.BudgetLine;
import cn.jixiao.document.Deviation;
import cn.jixiao.document.Filler;
import cn.jixiao.document.FormDocument;
import cn.jixiao.document.FormType;
import cn.jixiao.document.FundReport;
import cn.jixiao.document.Goal;
import cn.jixiao.document.Indicator;
import cn.jixiao.document.Likelihood;
import cn.jixiao.document.QualitativeLevel;
import cn.jixiao.document.Report;
import cn.jixiao.document.ReportSection;
import cn.jixiao.document.ReportSections;
import cn.jixiao.document.Fund;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Lays a form out as on paper: 绩效监控情况表 (附件1), 绩效自评表 (财预〔2020〕10号) and 绩效目标表, as a {@link Grid}.
 * Stated values are printed as stated; where the form states nothing the computed value is printed instead and
 * marked ({@link Cell#computedNote}) so that the importer does not take it for a stated one.
 */
final class FormLayout {

    private final FormDocument doc;
    private final ExportMeta meta;
    /** {@code null} for a blank template. */
    private final FormFigures fig;
    private final boolean template;
    /** The indicators' indexes in printed order: rows of the same 一级/二级指标 together ({@link IndicatorGroups}). */
    private final int[] order;

    private FormLayout(FormDocument doc, ExportMeta meta, FormFigures fig, boolean template) {
        this.doc = doc;
        this.meta = meta == null ? ExportMeta.none() : meta;
        this.fig = fig;
        this.template = template;
        this.order = IndicatorGroups.order(indicators());
    }

    /** The table of a form (for EVALUATION without the report, see {@link #report}). */
    static Grid table(FormDocument doc, ExportMeta meta, FormFigures fig) {
        return new FormLayout(doc, meta, fig, false).table();
    }

    /** The blank table of a template: {@code skeleton} holds the pre-filled indicator levels. */
    static Grid templateTable(FormDocument skeleton) {
        return new FormLayout(skeleton, ExportMeta.none(), null, true).table();
    }

    /** The 绩效评价报告 block of an EVALUATION form, {@code null} when it has none (and it is no template). */
    static Grid report(FormDocument doc, boolean template) {
        if (doc.type() != FormType.EVALUATION || (doc.report() == null && !template)) {
            return null;
        }
        return new FormLayout(doc, ExportMeta.none(), null, template).reportGrid();
    }

    private Grid table() {
        return switch (doc.type()) {
            case MONITORING -> monitoring();
            case EVALUATION -> evaluation();
            case TARGET -> target();
        };
    }

    // ------------------------------------------------------------------ 绩效监控情况表

    private Grid monitoring() {
        List<Indicator> inds = indicators();
        boolean forecast = !template && inds.stream().anyMatch(i -> i.forecast() != null);
        boolean likelihood = !template && inds.stream().anyMatch(i -> i.likelihood() != null);
        List<Double> w = new ArrayList<>(List.of(11d, 13d, 13d, 13d, 16d, 16d, 12d));
        int forecastCol = -1;
        int likelihoodCol = -1;
        if (forecast) {
            forecastCol = w.size();
            w.add(15d);
        }
        if (likelihood) {
            likelihoodCol = w.size();
            w.add(12d);
        }
        w.add(14d);
        Grid g = new Grid(w.stream().mapToDouble(Double::doubleValue).toArray());
        int last = g.last();

        g.put(0, 0, 1, Labels.ATTACHMENT, Style.NOTE);
        g.put(1, 0, last, Labels.title(FormType.MONITORING, doc.year()), Style.TITLE);
        header(g, 2);
        g.put(3, 0, last, Labels.SEC_BASIC, Style.SECTION);
        basic(g, 4);
        g.put(6, 0, 1, Labels.FUND, Style.LABEL);
        in(g.put(6, 2, 3, fundLabel(), Style.CENTER)).choices(fundChoices());
        g.put(6, 4, 4, Labels.YEAR, Style.LABEL);
        in(g.put(6, 5, 5, doc.year(), Style.INTEGER));
        g.put(6, 6, 6, Labels.MONTH, Style.LABEL);
        in(g.put(6, 7, last, doc.monitorMonth(), Style.INTEGER));

        Budget b = doc.budget();
        g.put(7, 0, 1, 4, Labels.FUNDS_MONITORING, Style.LABEL);
        g.put(7, 2, 3, "", Style.HEADER);
        g.put(7, 4, 4, Labels.PLANNED, Style.HEADER);
        g.put(7, 5, 5, Labels.ARRIVED, Style.HEADER);
        g.put(7, 6, 6, Labels.EXECUTED, Style.HEADER);
        g.put(7, 7, last, Labels.EXEC_RATE, Style.HEADER);
        String[] lineLabels = {Labels.TOTAL_LINE, Fund.mainSourceLabel(FormType.MONITORING, doc.fund()), Labels.OTHER_LINE};
        for (int k = 0; k < 3; k++) {
            int r = 8 + k;
            g.put(r, 2, 3, lineLabels[k], Style.LABEL);
            in(g.put(r, 4, 4, part(b == null ? null : b.planned(), k), Style.AMOUNT));
            in(g.put(r, 5, 5, part(b == null ? null : b.arrived(), k), Style.AMOUNT));
            in(g.put(r, 6, 6, part(b == null ? null : b.executed(), k), Style.AMOUNT));
        }
        rate(g.put(8, 7, last, 3, null, Style.RATE), b == null ? null : b.executionRate(),
                fig == null ? null : fig.computed.executionRate());

        g.put(11, 0, last, Labels.SEC_GOAL, Style.SECTION);
        g.put(12, 0, 2, Labels.GOAL_EXPECTED_M, Style.HEADER);
        g.put(12, 3, 5, Labels.GOAL_ACTUAL_M, Style.HEADER);
        g.put(12, 6, last, Labels.GOAL_RATE, Style.HEADER);
        Goal goal = doc.goal();
        in(g.put(13, 0, 2, goal == null ? null : goal.expected(), Style.TEXT));
        in(g.put(13, 3, 5, goal == null ? null : goal.actual(), Style.TEXT));
        rate(g.put(13, 6, last, null, Style.RATE), goal == null ? null : goal.completionRate(),
                fig == null ? null : fig.computed.overallCompletionRate());
        g.minHeight(13, 48f);

        g.put(14, 0, last, Labels.SEC_INDICATORS, Style.SECTION);
        int hr = 15;
        g.put(hr, 0, 0, Labels.L1, Style.HEADER);
        g.put(hr, 1, 1, Labels.L2, Style.HEADER);
        g.put(hr, 2, 3, Labels.L3, Style.HEADER);
        g.put(hr, 4, 4, Labels.TARGET_M, Style.HEADER);
        g.put(hr, 5, 5, Labels.ACTUAL_M, Style.HEADER);
        g.put(hr, 6, 6, Labels.RATE, Style.HEADER);
        if (forecastCol >= 0) {
            g.put(hr, forecastCol, forecastCol, Labels.FORECAST, Style.HEADER);
        }
        if (likelihoodCol >= 0) {
            g.put(hr, likelihoodCol, likelihoodCol, Labels.LIKELIHOOD, Style.HEADER);
        }
        g.put(hr, last, last, Labels.REMARK, Style.HEADER);
        int first = hr + 1;
        levels(g, first, 0, 1);
        for (int n = 0; n < inds.size(); n++) {
            int i = order[n];
            Indicator ind = inds.get(i);
            int r = first + n;
            in(g.put(r, 2, 3, ind.name(), Style.TEXT)).asText();
            in(g.put(r, 4, 4, ind.target(), Style.CENTER)).asText();
            in(g.put(r, 5, 5, ind.actual(), Style.CENTER)).asText();
            boolean notDue = Boolean.TRUE.equals(ind.notDue());
            rate(g.put(r, 6, 6, null, Style.RATE), ind.completionRate(),
                    fig == null || notDue ? null : fig.achievement(i));
            if (forecastCol >= 0) {
                in(g.put(r, forecastCol, forecastCol, ind.forecast(), Style.CENTER)).asText();
            }
            if (likelihoodCol >= 0) {
                in(g.put(r, likelihoodCol, likelihoodCol, label(ind.likelihood(), Likelihood::label), Style.CENTER))
                        .choices(Arrays.stream(Likelihood.values()).map(Likelihood::label).toList());
            }
            in(g.put(r, last, last, notDue ? Labels.NOT_DUE : null, Style.CENTER)).choices(List.of(Labels.NOT_DUE));
        }
        int r = first + inds.size();
        g.repeatHeader(hr, first, r);
        Deviation d = doc.deviation();
        g.put(r, 0, last, Labels.SEC_REASON, Style.SECTION);
        in(g.put(r + 1, 0, last, d == null ? null : d.reason(), Style.TEXT));
        g.minHeight(r + 1, 44f);
        g.put(r + 2, 0, 1, Labels.CATEGORIES, Style.LABEL);
        in(g.put(r + 2, 2, last, d == null || d.categories() == null ? null : String.join("、", d.categories()),
                Style.TEXT));
        g.put(r + 3, 0, last, Labels.SEC_MEASURES, Style.SECTION);
        in(g.put(r + 4, 0, last, d == null ? null : d.measures(), Style.TEXT));
        g.minHeight(r + 4, 44f);
        footer(g, r + 5);
        return g;
    }

    // ------------------------------------------------------------------ 绩效自评表

    private Grid evaluation() {
        List<Indicator> inds = indicators();
        boolean qualitative = !template && inds.stream().anyMatch(i -> i.qualitativeLevel() != null);
        double[] widths = qualitative
                ? new double[] {8, 12, 16, 18, 15, 15, 9, 9, 10}
                : new double[] {8, 12, 16, 18, 15, 15, 9, 9};
        Grid g = new Grid(widths);
        int last = g.last();

        g.put(0, 0, last, Labels.title(FormType.EVALUATION, doc.year()), Style.TITLE);
        header(g, 1);
        basic(g, 2);
        g.put(4, 0, 1, Labels.FUND, Style.LABEL);
        in(g.put(4, 2, 3, fundLabel(), Style.CENTER)).choices(fundChoices());
        g.put(4, 4, 4, Labels.YEAR, Style.LABEL);
        in(g.put(4, 5, last, doc.year(), Style.INTEGER));

        Budget b = doc.budget();
        g.put(5, 0, 1, 4, Labels.FUNDS, Style.LABEL);
        g.put(5, 2, 2, "", Style.HEADER);
        g.put(5, 3, 3, Labels.PLANNED_EVAL, Style.HEADER);
        g.put(5, 4, 4, Labels.EXECUTED_EVAL, Style.HEADER);
        g.put(5, 5, 5, Labels.WEIGHT, Style.HEADER);
        g.put(5, 6, 6, Labels.EXEC_RATE, Style.HEADER);
        g.put(5, 7, last, Labels.SCORE, Style.HEADER);
        String[] lineLabels = {Labels.TOTAL_LINE, Fund.mainSourceLabel(FormType.EVALUATION, doc.fund()), Labels.OTHER_LINE};
        for (int k = 0; k < 3; k++) {
            int r = 6 + k;
            g.put(r, 2, 2, lineLabels[k], Style.LABEL);
            in(g.put(r, 3, 3, part(b == null ? null : b.planned(), k), Style.AMOUNT));
            in(g.put(r, 4, 4, part(b == null ? null : b.executed(), k), Style.AMOUNT));
            if (k > 0) {
                g.put(r, 5, last, "—", Style.CENTER);
            }
        }
        g.put(6, 5, 5, fig == null ? null : fig.executionWeight, Style.NUMBER);
        rate(g.put(6, 6, 6, null, Style.RATE), b == null ? null : b.executionRate(),
                fig == null ? null : fig.computed.executionRate());
        g.put(6, 7, last, fig == null || fig.executionScore == null ? null : Numbers.atMostTwo(fig.executionScore),
                Style.NUMBER);

        Goal goal = doc.goal();
        g.put(9, 0, 1, 2, Labels.GOAL, Style.LABEL);
        g.put(9, 2, 4, Labels.GOAL_EXPECTED_E, Style.HEADER);
        g.put(9, 5, last, Labels.GOAL_ACTUAL_E, Style.HEADER);
        in(g.put(10, 2, 4, goal == null ? null : goal.expected(), Style.TEXT));
        in(g.put(10, 5, last, goal == null ? null : goal.actual(), Style.TEXT));
        g.minHeight(10, 48f);

        int hr = 11;
        g.put(hr, 0, 0, inds.size() + 1, Labels.INDICATORS, Style.LABEL);
        g.put(hr, 1, 1, Labels.L1, Style.HEADER);
        g.put(hr, 2, 2, Labels.L2, Style.HEADER);
        g.put(hr, 3, 3, Labels.L3, Style.HEADER);
        g.put(hr, 4, 4, Labels.TARGET_E, Style.HEADER);
        g.put(hr, 5, 5, Labels.ACTUAL_E, Style.HEADER);
        g.put(hr, 6, 6, Labels.WEIGHT, Style.HEADER);
        g.put(hr, 7, 7, Labels.SCORE, Style.HEADER);
        if (qualitative) {
            g.put(hr, 8, 8, Labels.QUALITATIVE, Style.HEADER);
        }
        int first = hr + 1;
        levels(g, first, 1, 2);
        for (int n = 0; n < inds.size(); n++) {
            int i = order[n];
            Indicator ind = inds.get(i);
            int r = first + n;
            in(g.put(r, 3, 3, ind.name(), Style.TEXT)).asText();
            in(g.put(r, 4, 4, ind.target(), Style.CENTER)).asText();
            in(g.put(r, 5, 5, ind.actual(), Style.CENTER)).asText();
            BigDecimal computedWeight = fig == null || fig.weights.get(i) == null ? null
                    : Numbers.atMostTwo(fig.weights.get(i));
            number(in(g.put(r, 6, 6, null, Style.NUMBER)), ind.weight(), computedWeight);
            BigDecimal score = fig == null || fig.scores.get(i) == null ? null : Numbers.atMostTwo(fig.scores.get(i));
            g.put(r, 7, 7, score, Style.NUMBER);
            if (qualitative) {
                in(g.put(r, 8, 8, label(ind.qualitativeLevel(), QualitativeLevel::label), Style.CENTER))
                        .choices(Arrays.stream(QualitativeLevel.values()).map(QualitativeLevel::label).toList());
            }
        }
        int r = first + inds.size();
        g.repeatHeader(hr, first, r);
        g.put(r, 0, 5, Labels.TOTAL_SCORE, Style.LABEL);
        g.put(r, 6, 6, fig == null ? null : Numbers.atMostTwo(fig.totalPoints), Style.NUMBER);
        g.put(r, 7, last, fig == null ? null : fig.computed.score(), Style.NUMBER);
        g.put(r + 1, 0, 5, Labels.GRADE, Style.LABEL);
        g.put(r + 1, 6, last, fig == null ? null : fig.computed.grade(), Style.CENTER);
        Deviation d = doc.deviation();
        g.put(r + 2, 0, 1, Labels.REASON, Style.LABEL);
        in(g.put(r + 2, 2, last, d == null ? null : d.reason(), Style.TEXT));
        g.minHeight(r + 2, 36f);
        g.put(r + 3, 0, 1, Labels.MEASURES, Style.LABEL);
        in(g.put(r + 3, 2, last, d == null ? null : d.measures(), Style.TEXT));
        g.minHeight(r + 3, 36f);
        footer(g, r + 4);
        return g;
    }

    // ------------------------------------------------------------------ 绩效目标表

    private Grid target() {
        List<Indicator> inds = indicators();
        Grid g = new Grid(12, 14, 14, 14, 14, 14, 14, 14);
        int last = g.last();
        g.put(0, 0, last, Labels.title(FormType.TARGET, doc.year()), Style.TITLE);
        header(g, 1);
        basic(g, 2);
        g.put(4, 0, 1, Labels.FUND, Style.LABEL);
        in(g.put(4, 2, 3, fundLabel(), Style.CENTER)).choices(fundChoices());
        g.put(4, 4, 4, Labels.YEAR, Style.LABEL);
        in(g.put(4, 5, last, doc.year(), Style.INTEGER));

        Budget b = doc.budget();
        g.put(5, 0, 1, 3, Labels.FUNDS, Style.LABEL);
        String[] lineLabels = {Labels.TOTAL_LINE, Fund.mainSourceLabel(FormType.TARGET, doc.fund()), Labels.OTHER_LINE};
        for (int k = 0; k < 3; k++) {
            g.put(5 + k, 2, 4, lineLabels[k], Style.LABEL);
            in(g.put(5 + k, 5, last, part(b == null ? null : b.planned(), k), Style.AMOUNT));
        }
        Goal goal = doc.goal();
        g.put(8, 0, 1, Labels.GOAL, Style.LABEL);
        in(g.put(8, 2, last, goal == null ? null : goal.expected(), Style.TEXT));
        g.minHeight(8, 48f);

        int hr = 9;
        g.put(hr, 0, 0, Labels.L1, Style.HEADER);
        g.put(hr, 1, 1, Labels.L2, Style.HEADER);
        g.put(hr, 2, 4, Labels.L3, Style.HEADER);
        g.put(hr, 5, last, Labels.TARGET_T, Style.HEADER);
        int first = hr + 1;
        levels(g, first, 0, 1);
        for (int n = 0; n < inds.size(); n++) {
            Indicator ind = inds.get(order[n]);
            in(g.put(first + n, 2, 4, ind.name(), Style.TEXT)).asText();
            in(g.put(first + n, 5, last, ind.target(), Style.CENTER)).asText();
        }
        g.repeatHeader(hr, first, first + inds.size());
        footer(g, first + inds.size());
        return g;
    }

    // ------------------------------------------------------------------ 绩效评价报告

    private Grid reportGrid() {
        Report rep = doc.report();
        FundReport f = rep == null ? null : rep.fund();
        ReportSections s = rep == null ? null : rep.sections();
        Grid g = new Grid(8, 12, 16, 18, 15, 15, 9, 9);
        int last = g.last();
        int r = 0;
        g.put(r++, 0, last, Labels.REPORT, Style.SECTION);
        g.put(r++, 0, last, Labels.REPORT_FUND, Style.SECTION);
        r = amountRow(g, r, Labels.INCOME, f == null ? null : f.income());
        r = items(g, r, f == null ? null : f.incomeItems());
        r = amountRow(g, r, Labels.EXPENSE, f == null ? null : f.expense());
        r = items(g, r, f == null ? null : f.expenseItems());
        r = amountRow(g, r, Labels.BALANCE, f == null ? null : f.balance());
        r = amountRow(g, r, Labels.ACCUMULATED, f == null ? null : f.accumulated());
        r = amountRow(g, r, Labels.BUDGETED_EXPENSE, rep == null ? null : rep.budgetedExpense());
        r = amountRow(g, r, Labels.EXECUTED_EXPENSE, rep == null ? null : rep.executedExpense());
        g.put(r, 0, 3, Labels.COMPLETION_PCT, Style.LABEL);
        rate(in(g.put(r++, 4, last, null, Style.RATE)), rep == null ? null : rep.budgetCompletionPct(), null);
        r = amountRow(g, r, Labels.PREVIOUS_EXPENSE, rep == null ? null : rep.previousYearExpense());
        for (ReportSection section : ReportSection.values()) {
            r = section(g, r, section.heading(), section.textIn(s));
        }
        return g;
    }

    private int amountRow(Grid g, int r, String label, BigDecimal v) {
        g.put(r, 0, 3, label, Style.LABEL);
        in(g.put(r, 4, g.last(), v, Style.AMOUNT));
        return r + 1;
    }

    private int items(Grid g, int r, Map<String, BigDecimal> items) {
        int n = items == null ? 0 : items.size();
        if (template) {
            n = 4;
        }
        if (n == 0) {
            return r;
        }
        g.put(r, 0, 1, n, Labels.ITEMS, Style.LABEL);
        if (template) {
            for (int k = 0; k < n; k++) {
                in(g.put(r + k, 2, 3, null, Style.TEXT));
                in(g.put(r + k, 4, g.last(), null, Style.AMOUNT));
            }
        } else {
            int k = 0;
            for (Map.Entry<String, BigDecimal> e : items.entrySet()) {
                g.put(r + k, 2, 3, e.getKey(), Style.TEXT).asText();
                g.put(r + k, 4, g.last(), e.getValue(), Style.AMOUNT);
                k++;
            }
        }
        return r + n;
    }

    private int section(Grid g, int r, String label, String text) {
        g.put(r, 0, g.last(), label, Style.SECTION);
        in(g.put(r + 1, 0, g.last(), text, Style.TEXT));
        g.minHeight(r + 1, 40f);
        return r + 2;
    }

    // ------------------------------------------------------------------ shared rows

    /** 填报单位（公章）and 金额单位. */
    private void header(Grid g, int r) {
        String org = meta.unitOrgName() != null ? meta.unitOrgName() : doc.unit();
        g.put(r, 0, 4, Labels.ORG + (org == null || template ? "" : org), Style.PLAIN);
        String unit = doc.amountUnit() == null || doc.amountUnit().isBlank() ? Labels.DEFAULT_UNIT : doc.amountUnit();
        g.put(r, 5, g.last(), Labels.AMOUNT_UNIT + unit, Style.PLAIN_RIGHT);
    }

    /** 项目名称, 主管部门 / 实施单位. */
    private void basic(Grid g, int r) {
        int last = g.last();
        g.put(r, 0, 1, Labels.PROJECT, Style.LABEL);
        in(g.put(r, 2, last, doc.project(), Style.TEXT));
        g.put(r + 1, 0, 1, Labels.DEPARTMENT, Style.LABEL);
        in(g.put(r + 1, 2, 3, template ? null : meta.department(), Style.TEXT));
        g.put(r + 1, 4, 4, Labels.UNIT, Style.LABEL);
        in(g.put(r + 1, 5, last, doc.unit(), Style.TEXT));
    }

    /** 填报人 / 联系电话, then who signed, when, and the snapshot's SHA-256. */
    private void footer(Grid g, int r) {
        int last = g.last();
        Filler f = doc.filler();
        g.put(r, 0, 1, Labels.FILLER, Style.PLAIN);
        in(g.put(r, 2, 3, f == null ? null : f.name(), Style.PLAIN)).asText();
        g.put(r, 4, 4, Labels.PHONE, Style.PLAIN);
        in(g.put(r, 5, last, f == null ? null : f.phone(), Style.PLAIN)).asText();
        r = signatures(g, r + 1);
        List<String> lines = new ArrayList<>();
        if (meta.formId() != null || meta.statusLabel() != null) {
            lines.add(join("表单编号：", meta.formId(), "状态：", meta.statusLabel()));
        }
        if (meta.signed()) {
            lines.add("签发人：" + meta.signedBy() + "　签发时间：" + meta.signedAtText());
        }
        if (meta.snapshotSha256() != null) {
            lines.add("签发快照 SHA-256：" + meta.snapshotSha256());
        }
        List<ExportMeta.FrozenAttachment> attachments = meta.attachments() == null ? List.of() : meta.attachments();
        for (int i = 0; i < attachments.size(); i++) {
            ExportMeta.FrozenAttachment a = attachments.get(i);
            lines.add("附件" + (i + 1) + "：" + a.name() + "　SHA-256：" + a.sha256());
        }
        for (String line : lines) {
            g.put(r++, 0, last, line, Style.FOOTER);
        }
    }

    /**
     * The signature block as on paper: 单位负责人 and 审核人 with the names of those who approved the form and the
     * dates (blank lines before that, to sign by hand), and a box for the unit's seal.
     */
    private int signatures(Grid g, int r) {
        int last = g.last();
        int reviewerFrom = columnAt(g, 0.36);
        int sealFrom = Math.max(reviewerFrom + 1, columnAt(g, 0.70));
        g.put(r, 0, reviewerFrom - 1, signature(Labels.UNIT_HEAD_SIGN, meta.unitHead()), Style.TEXT);
        g.put(r, reviewerFrom, sealFrom - 1, signature(Labels.REVIEWER_SIGN, meta.reviewer()), Style.TEXT);
        g.put(r, sealFrom, last, Labels.SEAL, Style.SEAL);
        g.minHeight(r, 64f);
        return r + 1;
    }

    /** The first column (at least 1, at most the last) starting beyond {@code share} of the table's width. */
    private static int columnAt(Grid g, double share) {
        double total = 0;
        for (double w : g.widths) {
            total += w;
        }
        double sum = 0;
        for (int k = 0; k < g.last(); k++) {
            sum += g.widths[k];
            if (sum >= share * total) {
                return Math.max(1, k + 1);
            }
        }
        return g.last();
    }

    private String signature(String label, ExportMeta.Approval approval) {
        boolean known = approval != null && !template;
        return label + (known ? approval.name() : "") + "\n" + Labels.SIGN_DATE + (known ? approval.dateText() : "");
    }

    private static String join(String l1, String v1, String l2, String v2) {
        StringBuilder b = new StringBuilder();
        if (v1 != null) {
            b.append(l1).append(v1);
        }
        if (v2 != null) {
            if (b.length() > 0) {
                b.append('　');
            }
            b.append(l2).append(v2);
        }
        return b.toString();
    }

    /** 一级 / 二级指标 cells in printed order, merged over the rows that repeat them (as on paper). */
    private void levels(Grid g, int first, int c1, int c2) {
        List<Indicator> inds = new ArrayList<>(order.length);
        for (int i : order) {
            inds.add(indicators().get(i));
        }
        int i = 0;
        while (i < inds.size()) {
            String l1 = inds.get(i).level1();
            int j = i + 1;
            while (j < inds.size() && sameText(l1, inds.get(j).level1())) {
                j++;
            }
            in(g.put(first + i, c1, c1, j - i, l1, Style.CENTER)).asText();
            int k = i;
            while (k < j) {
                String l2 = inds.get(k).level2();
                int m = k + 1;
                while (m < j && sameText(l2, inds.get(m).level2())) {
                    m++;
                }
                in(g.put(first + k, c2, c2, m - k, l2, Style.CENTER)).asText();
                k = m;
            }
            i = j;
        }
    }

    /** Equal and not blank (blank levels are never merged). */
    static boolean sameText(String a, String b) {
        return a != null && !a.isBlank() && Objects.equals(a, b);
    }

    private List<Indicator> indicators() {
        if (doc.indicators() == null) {
            return List.of();
        }
        List<Indicator> list = new ArrayList<>(doc.indicators().size());
        for (Indicator i : doc.indicators()) {
            list.add(i == null ? Indicator.of(null, null, null, null, null) : i);
        }
        return list;
    }

    private Cell in(Cell c) {
        if (template) {
            c.input();
        }
        return c;
    }

    private String fundLabel() {
        return doc.fund() == null ? null : doc.fund().label();
    }

    private static List<String> fundChoices() {
        return Arrays.stream(Fund.values()).map(Fund::label).toList();
    }

    private static <E> String label(E e, Function<E, String> f) {
        return e == null ? null : f.apply(e);
    }

    /** Total, main or other of a budget line. */
    private static BigDecimal part(BudgetLine l, int k) {
        if (l == null) {
            return null;
        }
        return switch (k) {
            case 0 -> l.total();
            case 1 -> l.main();
            default -> l.other();
        };
    }

    /**
     * A rate cell: the stated value, else the computed one marked as computed. The grid cell is immutable in its
     * value, so this re-puts it; callers pass a placeholder created with a {@code null} value.
     */
    private void rate(Cell placeholder, BigDecimal stated, BigDecimal computed) {
        fill(placeholder, stated, computed);
    }

    private void number(Cell placeholder, BigDecimal stated, BigDecimal computed) {
        fill(placeholder, stated, computed);
    }

    private void fill(Cell c, BigDecimal stated, BigDecimal computed) {
        if (template) {
            c.input();
        }
        if (stated != null) {
            c.setValue(stated);
        } else if (computed != null) {
            c.setValue(computed);
            c.computed(Labels.COMPUTED_NOTE + Numbers.plain(computed));
        }
    }
}
