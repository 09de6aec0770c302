package cn.jixiao.export;

import cn.jixiao.export.SheetView.Pos;
import cn.jixiao.export.SheetView.Value;
import cn.jixiao.document.Budget;
import cn.jixiao.document.BudgetLine;
import cn.jixiao.document.Deviation;
import cn.jixiao.document.DocumentLimits;
import cn.jixiao.document.Filler;
import cn.jixiao.document.FormDocument;
import cn.jixiao.document.FormFormatException;
import cn.jixiao.document.FormType;
import cn.jixiao.document.Fund;
import cn.jixiao.document.FundReport;
import cn.jixiao.document.Goal;
import cn.jixiao.document.Indicator;
import cn.jixiao.document.Likelihood;
import cn.jixiao.document.QualitativeLevel;
import cn.jixiao.document.Report;
import cn.jixiao.document.ReportSections;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a filled template or an exported table (.xlsx; .xls too) into a {@code jixiao-form/1} document. Cells
 * are found by their printed labels, not by fixed addresses, so rows a filer inserted (more indicators, longer
 * texts) do not matter. Accepts what real files have: merged cells, numbers stored as text, full-width digits
 * (１２３．４５), thousands separators, spaces, {@code 万元} or {@code %} written in the cell, percentages typed
 * as Excel percentages (0.95 shown as 95%). A value the exporter computed (a cell noted "系统计算值：…") is not
 * taken for a stated one unless someone changed it.
 *
 * <p>Every problem found is reported at once, in a {@link FormImportException} whose problems name the sheet
 * and cell ({@code Sheet1!E12: 到位数 不是数字（“十二万”）}). The result is a document to validate, not a valid
 * one: missing fields are the validation engine's business. Stateless and thread-safe.
 */
public final class FormXlsxImporter {

    private static final Pattern YEAR_IN_TEXT = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern MONTH_IN_TEXT = Pattern.compile("(\\d{1,2})\\s*月");
    private static final Pattern CATEGORY_SEPARATORS = Pattern.compile("[、,，;；/\\s]+");
    private static final List<String> STOP_PREFIXES = List.of("四、", "五、", "总分", "自评等级", "偏差原因",
            "改进措施", "采取的措施", "填报人", "联系电话", "附:", "附：");

    /** Reads the first sheet that holds a form (a bulk export's 汇总 sheet is skipped). */
    public FormDocument read(byte[] xlsx) {
        Objects.requireNonNull(xlsx, "xlsx");
        return read(new ByteArrayInputStream(xlsx));
    }

    /** Reads the first sheet that holds a form from a stream (not closed). */
    public FormDocument read(InputStream in) {
        try (Workbook wb = open(in)) {
            for (Sheet sheet : wb) {
                SheetView v = new SheetView(sheet);
                if (typeOf(v) != null) {
                    return new SheetReader(v).read();
                }
            }
            String first = wb.getNumberOfSheets() == 0 ? null : wb.getSheetAt(0).getSheetName();
            throw new FormImportException(List.of(new ImportProblem(first, first == null ? null : "A1",
                    "未找到绩效目标表、绩效监控情况表或绩效自评表（表头标题应含表名）")));
        } catch (IOException e) {
            throw new FormImportException(new ImportProblem(null, null, "文件无法读取：" + e.getMessage()), e);
        }
    }

    /** Reads every sheet that holds a form (e.g. a bulk export), in sheet order; problems of all sheets at once. */
    public List<FormDocument> readAll(InputStream in) {
        try (Workbook wb = open(in)) {
            List<FormDocument> docs = new ArrayList<>();
            List<ImportProblem> problems = new ArrayList<>();
            for (Sheet sheet : wb) {
                SheetView v = new SheetView(sheet);
                if (typeOf(v) == null) {
                    continue;
                }
                try {
                    docs.add(new SheetReader(v).read());
                } catch (FormImportException e) {
                    problems.addAll(e.problems());
                }
            }
            if (!problems.isEmpty()) {
                throw new FormImportException(problems);
            }
            return docs;
        } catch (IOException e) {
            throw new FormImportException(new ImportProblem(null, null, "文件无法读取：" + e.getMessage()), e);
        }
    }

    private static Workbook open(InputStream in) {
        try {
            return WorkbookFactory.create(in);
        } catch (EncryptedDocumentException e) {
            throw new FormImportException(new ImportProblem(null, null, "文件有密码保护，请去除密码后再导入"), e);
        } catch (IOException | RuntimeException e) {
            throw new FormImportException(new ImportProblem(null, null,
                    "文件不是有效的 Excel 工作簿（.xlsx），请使用系统提供的模板"), e);
        }
    }

    /** The form type named by the title in the first rows, {@code null} when none. */
    static FormType typeOf(SheetView v) {
        for (int r = 0; r <= Math.min(v.lastRow, 6); r++) {
            for (int c = 0; c <= v.lastCol; c++) {
                if (v.covered(r, c)) {
                    continue;
                }
                String k = v.key(r, c);
                boolean named = k.contains("绩效监控") || k.contains("绩效自评表") || k.contains("绩效目标表");
                if (named && isTitle(v, r, c)) {
                    if (k.contains("绩效监控")) {
                        return FormType.MONITORING;
                    }
                    return k.contains("绩效自评表") ? FormType.EVALUATION : FormType.TARGET;
                }
            }
        }
        return null;
    }

    /** A title spans three or more columns, or stands alone in its row (not a list's 表类型 column). */
    private static boolean isTitle(SheetView v, int r, int c) {
        Pos p = new Pos(r, c);
        if (v.endCol(p) - c >= 2) {
            return true;
        }
        for (int k = 0; k <= v.lastCol; k++) {
            if (k != c && !v.covered(r, k) && !v.value(new Pos(r, k)).blank()) {
                return false;
            }
        }
        return true;
    }

    /** Reads one sheet, collecting problems. */
    private static final class SheetReader {
        private final SheetView v;
        private final FormType type;
        private final List<ImportProblem> problems = new ArrayList<>();

        SheetReader(SheetView v) {
            this.v = v;
            this.type = typeOf(v);
        }

        FormDocument read() {
            Integer year = year();
            Integer month = type == FormType.MONITORING ? month() : null;
            String project = textRightOf(Labels.PROJECT, "项目名称");
            String unit = unit();
            Fund fund = fund();
            String amountUnit = amountUnit();
            Budget budget = switch (type) {
                case MONITORING -> monitoringBudget();
                case EVALUATION -> evaluationBudget();
                case TARGET -> targetBudget();
            };
            Goal goal = goal();
            List<Indicator> indicators = indicators();
            Deviation deviation = type == FormType.TARGET ? null : deviation();
            Report report = type == FormType.EVALUATION ? report() : null;
            Filler filler = new Filler(inline(Labels.FILLER), inline(Labels.PHONE));
            Pos beyond = v.firstValueBeyondLastRow();
            if (beyond != null) {
                problem(beyond, "工作表超过 " + SheetView.MAX_ROWS + " 行，其后的内容无法导入，请删去多余的行");
            }
            FormDocument document = new FormDocument(FormDocument.SCHEMA, type, year, month, unit, project, fund,
                    amountUnit, budget, goal, indicators, deviation, report, filler);
            try {
                DocumentLimits.check(document);
            } catch (FormFormatException e) {
                problem(null, e.getMessage());
            }
            if (!problems.isEmpty()) {
                problems.sort(Comparator.comparingLong(SheetReader::order));
                throw new FormImportException(problems);
            }
            return document;
        }

        /** Sheet order: by row, then column; problems without a cell last. */
        private static long order(ImportProblem p) {
            if (p.cell() == null) {
                return Long.MAX_VALUE;
            }
            org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(p.cell());
            return ((long) ref.getRow() << 16) | ref.getCol();
        }

        // -------------------------------------------------------------- fields

        private Integer year() {
            Pos p = v.findLabel(Labels.YEAR, "项目年度", "项目周期");
            if (p != null) {
                Pos r = v.rightValue(p);
                if (r != null) {
                    Value val = v.value(r);
                    if (!val.blank()) {
                        return integer(r, val, "年度", YEAR_IN_TEXT);
                    }
                }
            }
            Pos t = v.find(k -> k.contains("绩效") && YEAR_IN_TEXT.matcher(k).find(), 0, Math.min(v.lastRow, 6));
            if (t != null) {
                Matcher m = YEAR_IN_TEXT.matcher(v.key(t.row(), t.col()));
                if (m.find()) {
                    return Integer.valueOf(m.group(1));
                }
            }
            return null;
        }

        private Integer month() {
            Pos p = v.findLabel(Labels.MONTH, "监控时点", "监控月份(月)", "月份");
            Pos r = p == null ? null : v.rightValue(p);
            if (r == null) {
                return null;
            }
            Value val = v.value(r);
            return val.blank() ? null : integer(r, val, "监控月份", MONTH_IN_TEXT);
        }

        /** A whole number: a numeric cell, digits, or text such as "2020年" / "1-9月" (the last match). */
        private Integer integer(Pos at, Value val, String field, Pattern inText) {
            BigDecimal n = val.number();
            if (n == null) {
                String s = Numbers.squeeze(val.text());
                Matcher m = inText.matcher(s);
                String found = null;
                while (m.find()) {
                    found = m.group(1);
                }
                if (found != null) {
                    return Integer.valueOf(found);
                }
                try {
                    n = Numbers.parse(s, Numbers.Kind.INTEGER);
                } catch (Numbers.NotANumber e) {
                    problem(at, field + " 不是整数（“" + val.text().strip() + "”）");
                    return null;
                }
                if (n == null) {
                    return null;
                }
            }
            try {
                return Numbers.strip(n).intValueExact();
            } catch (ArithmeticException e) {
                problem(at, field + " 不是整数（“" + Numbers.plain(Numbers.strip(n)) + "”）");
                return null;
            }
        }

        private String unit() {
            String u = textRightOf(Labels.UNIT, "实施单位", "预算单位", "部门单位名称", "单位名称");
            if (u != null) {
                return u;
            }
            Pos org = v.findPrefix(0, Math.min(v.lastRow, 8), "填报单位");
            if (org != null) {
                String k = text(v.value(org));
                int colon = k == null ? -1 : Math.max(k.indexOf('：'), k.indexOf(':'));
                if (colon >= 0 && colon + 1 < k.length()) {
                    String rest = k.substring(colon + 1).strip();
                    return rest.isEmpty() ? null : rest;
                }
            }
            return null;
        }

        private Fund fund() {
            Pos p = v.findLabel(Labels.FUND, "险种", "基金类别", "基金名称");
            Pos r = p == null ? null : v.rightValue(p);
            if (r == null) {
                return null;
            }
            String s = text(v.value(r));
            if (s == null) {
                return null;
            }
            Fund f = fundOf(s);
            if (f == null) {
                problem(r, "基金险种 无法识别（“" + s + "”），应为 " + String.join("、",
                        Arrays.stream(Fund.values()).map(Fund::label).toList()));
            }
            return f;
        }

        /** A fund by its code, its label, or a text containing its label (parenthesised parts ignored). */
        static Fund fundOf(String text) {
            String k = Labels.key(text);
            for (Fund f : Fund.values()) {
                if (f.name().equalsIgnoreCase(k)) {
                    return f;
                }
            }
            String bare = k.replaceAll("\\(.*?\\)", "");
            Fund best = null;
            int bestLen = 0;
            for (Fund f : Fund.values()) {
                String label = Labels.key(f.label()).replaceAll("\\(.*?\\)", "");
                if (bare.contains(label) && label.length() > bestLen) {
                    best = f;
                    bestLen = label.length();
                }
            }
            return best;
        }

        private String amountUnit() {
            Pos p = v.findPrefix(0, Math.min(v.lastRow, 8), "金额单位");
            if (p == null) {
                return Labels.DEFAULT_UNIT;
            }
            String k = v.key(p.row(), p.col());
            String rest = k.substring(Labels.key("金额单位").length());
            while (rest.startsWith(":")) {
                rest = rest.substring(1);
            }
            if (rest.isEmpty()) {
                Pos r = v.right(p);
                rest = r == null ? null : text(v.value(r));
            }
            return rest == null || rest.isBlank() ? Labels.DEFAULT_UNIT : rest.strip();
        }

        // -------------------------------------------------------------- budget

        private Budget monitoringBudget() {
            Pos arrived = v.findLabel(Labels.ARRIVED, "到位数(万元)");
            if (arrived == null) {
                problem(null, "未找到资金情况表头（到位数）");
                return null;
            }
            int hr = arrived.row();
            Integer planned = column(hr, "预算数", "预算数(调整后)", "全年预算数", "年度预算数");
            Integer executed = column(hr, "执行数", "全年执行数");
            Integer rate = column(hr, "执行率", "预算执行率");
            Rows rows = lineRows(hr + 1, planned == null ? arrived.col() : planned);
            BudgetLine p = line(rows, planned, "预算数");
            BudgetLine a = line(rows, arrived.col(), "到位数");
            BudgetLine e = line(rows, executed, "执行数");
            BigDecimal r = rows.total == null || rate == null ? null
                    : stated(new Pos(rows.total, rate), Numbers.Kind.RATE, "执行率");
            return budget(p, a, e, r);
        }

        private Budget evaluationBudget() {
            Pos exec = v.findLabel(Labels.EXECUTED_EVAL, "执行数", "全年执行数(万元)");
            if (exec == null) {
                problem(null, "未找到项目资金表头（全年执行数）");
                return null;
            }
            int hr = exec.row();
            Integer planned = column(hr, "全年预算数", Labels.PLANNED_EVAL, "预算数", "年初预算数");
            Integer rate = column(hr, "执行率", "预算执行率");
            Rows rows = lineRows(hr + 1, planned == null ? exec.col() : planned);
            BudgetLine p = line(rows, planned, "年度预算数");
            BudgetLine e = line(rows, exec.col(), "全年执行数");
            BigDecimal r = rows.total == null || rate == null ? null
                    : stated(new Pos(rows.total, rate), Numbers.Kind.RATE, "执行率");
            return budget(p, null, e, r);
        }

        private Budget targetBudget() {
            Pos total = v.findLabel(Labels.TOTAL_LINE, "年度资金总额(万元)", "资金总额");
            if (total == null) {
                problem(null, "未找到年度资金总额");
                return null;
            }
            BigDecimal t = amountRightOf(total, "年度资金总额");
            Pos main = v.findPrefix(total.row() + 1, total.row() + 4, Labels.MAIN_PREFIX);
            Pos other = v.findPrefix(total.row() + 1, total.row() + 4, "其他");
            BudgetLine planned = line(t, main == null ? null : amountRightOf(main, text(v.value(main))),
                    other == null ? null : amountRightOf(other, "其他资金"));
            return budget(planned, null, null, null);
        }

        private static Budget budget(BudgetLine p, BudgetLine a, BudgetLine e, BigDecimal rate) {
            return p == null && a == null && e == null && rate == null ? null : new Budget(p, a, e, rate);
        }

        private static BudgetLine line(BigDecimal total, BigDecimal main, BigDecimal other) {
            return total == null && main == null && other == null ? null : new BudgetLine(total, main, other);
        }

        /** Rows of 年度资金总额 / 其中… / 其他资金 below a header row (labels left of {@code firstValueCol}). */
        private record Rows(Integer total, Integer main, Integer other, String mainLabel) {
        }

        private Rows lineRows(int from, int firstValueCol) {
            Integer total = null;
            Integer main = null;
            Integer other = null;
            String mainLabel = null;
            for (int r = from; r <= Math.min(v.lastRow, from + 5); r++) {
                for (int c = 0; c < firstValueCol; c++) {
                    if (v.covered(r, c) && v.top(r, c).row() != r) {
                        continue;
                    }
                    String k = v.key(v.top(r, c).row(), v.top(r, c).col());
                    if (total == null && (k.startsWith(Labels.TOTAL_LINE) || k.equals("合计"))) {
                        total = r;
                    } else if (main == null && k.startsWith(Labels.MAIN_PREFIX)) {
                        main = r;
                        mainLabel = text(v.value(new Pos(r, c)));
                    } else if (other == null && k.startsWith("其他")) {
                        other = r;
                    }
                }
            }
            return new Rows(total, main, other, mainLabel == null ? "其中" : mainLabel.strip());
        }

        private BudgetLine line(Rows rows, Integer col, String field) {
            if (col == null) {
                return null;
            }
            BigDecimal t = rows.total == null ? null : amount(new Pos(rows.total, col), field);
            BigDecimal m = rows.main == null ? null : amount(new Pos(rows.main, col),
                    field + "（" + rows.mainLabel + "）");
            BigDecimal o = rows.other == null ? null : amount(new Pos(rows.other, col), field + "（其他资金）");
            return line(t, m, o);
        }

        /** The column of the first header cell in row {@code hr} that matches a label. */
        private Integer column(int hr, String... labels) {
            for (String l : labels) {
                String k = Labels.key(l);
                for (int c = 0; c <= v.lastCol; c++) {
                    if (!v.covered(hr, c) && v.key(hr, c).equals(k)) {
                        return c;
                    }
                }
            }
            return null;
        }

        // -------------------------------------------------------------- goal

        private Goal goal() {
            String expected = null;
            String actual = null;
            BigDecimal rate = null;
            switch (type) {
                case MONITORING -> {
                    Pos e = v.findLabel(Labels.GOAL_EXPECTED_M, "年度目标", "预期目标");
                    if (e != null) {
                        expected = text(v.value(v.below(e)));
                        Pos a = v.find(k -> k.equals(Labels.key(Labels.GOAL_ACTUAL_M))
                                || k.equals(Labels.key(Labels.GOAL_ACTUAL_E)), e.row(), e.row());
                        if (a != null) {
                            actual = text(v.value(v.below(a)));
                        }
                        Pos r = v.find(k -> k.startsWith(Labels.GOAL_RATE), e.row(), e.row());
                        if (r != null && v.below(r) != null) {
                            rate = stated(v.below(r), Numbers.Kind.RATE, "总体完成率");
                        }
                    } else {
                        problem(null, "未找到年度预期目标");
                    }
                }
                case EVALUATION -> {
                    Pos e = v.findLabel(Labels.GOAL_EXPECTED_E, Labels.GOAL_EXPECTED_M);
                    if (e != null) {
                        expected = text(v.value(v.below(e)));
                        Pos a = v.findLabel(e.row(), e.row(), Labels.GOAL_ACTUAL_E, Labels.GOAL_ACTUAL_M);
                        if (a != null) {
                            actual = text(v.value(v.below(a)));
                        }
                    } else {
                        problem(null, "未找到年度总体目标（预期目标）");
                    }
                }
                case TARGET -> expected = textRightOf(Labels.GOAL, "项目总体目标", Labels.GOAL_EXPECTED_M);
            }
            return expected == null && actual == null && rate == null ? null : new Goal(expected, actual, rate);
        }

        // -------------------------------------------------------------- indicators

        private enum Col { L1, L2, NAME, TARGET, ACTUAL, RATE, REMARK, FORECAST, LIKELIHOOD, WEIGHT, SCORE, QUALITATIVE }

        private static final Map<String, Col> HEADERS = new LinkedHashMap<>();

        static {
            put(Col.L1, "一级指标");
            put(Col.L2, "二级指标");
            put(Col.NAME, "三级指标", "指标名称");
            put(Col.TARGET, "预期指标值", "年度指标值", "指标值", "年度目标值", "预期目标值", "目标值");
            put(Col.ACTUAL, "指标完成值", "实际完成值", "实际完成指标值", "完成值", "实际值");
            put(Col.RATE, "指标完成率", "完成率");
            put(Col.REMARK, "备注", "未达监控节点");
            put(Col.FORECAST, "全年预计完成值", "全年预计完成情况");
            put(Col.LIKELIHOOD, "完成目标可能性");
            put(Col.WEIGHT, "分值", "权重");
            put(Col.SCORE, "得分");
            put(Col.QUALITATIVE, "定性等级", "评价等级", "达成情况");
        }

        private static void put(Col col, String... names) {
            for (String n : names) {
                HEADERS.put(Labels.key(n), col);
            }
        }

        private List<Indicator> indicators() {
            Pos h = v.findLabel(Labels.L3, "指标名称");
            if (h == null) {
                problem(null, "未找到绩效指标表头（三级指标）");
                return List.of();
            }
            int hr = h.row();
            Map<Col, Integer> cols = new LinkedHashMap<>();
            for (int c = 0; c <= v.lastCol; c++) {
                if (v.covered(hr, c)) {
                    continue;
                }
                String k = v.key(hr, c).replaceAll("\\(.*\\)$", "");
                Col col = HEADERS.get(k);
                if (col == null && k.matches("\\d{1,2}-\\d{1,2}月.*")) {
                    col = Col.ACTUAL;
                }
                if (col != null) {
                    cols.putIfAbsent(col, c);
                }
            }
            int start = v.endRow(h) + 1;
            List<Indicator> list = new ArrayList<>();
            String lastL1 = null;
            String lastL2 = null;
            for (int r = start; r <= v.lastRow; r++) {
                if (stopRow(r)) {
                    break;
                }
                String name = textAt(r, cols.get(Col.NAME));
                String target = textAt(r, cols.get(Col.TARGET));
                String actual = type == FormType.TARGET ? null : textAt(r, cols.get(Col.ACTUAL));
                String remark = type == FormType.MONITORING ? textAt(r, cols.get(Col.REMARK)) : null;
                String forecast = type == FormType.MONITORING ? textAt(r, cols.get(Col.FORECAST)) : null;
                Value rateValue = type == FormType.MONITORING && cols.containsKey(Col.RATE)
                        ? v.value(new Pos(r, cols.get(Col.RATE))) : null;
                Value weightValue = type == FormType.EVALUATION && cols.containsKey(Col.WEIGHT)
                        ? v.value(new Pos(r, cols.get(Col.WEIGHT))) : null;
                String likelihoodText = type == FormType.MONITORING ? textAt(r, cols.get(Col.LIKELIHOOD)) : null;
                String qualitativeText = type == FormType.EVALUATION ? textAt(r, cols.get(Col.QUALITATIVE)) : null;
                boolean empty = name == null && target == null && actual == null && forecast == null
                        && (rateValue == null || rateValue.blank()) && (weightValue == null || weightValue.blank())
                        && likelihoodText == null && qualitativeText == null;
                String l1 = textAt(r, cols.get(Col.L1));
                String l2 = textAt(r, cols.get(Col.L2));
                if (empty) {
                    lastL1 = l1 != null ? l1 : lastL1;
                    lastL2 = l2 != null ? l2 : lastL2;
                    continue;
                }
                // a level left blank under one written above (not merged) repeats it, as on paper
                if (l1 == null) {
                    l1 = lastL1;
                }
                if (l2 == null && Objects.equals(l1, lastL1)) {
                    l2 = lastL2;
                }
                lastL1 = l1;
                lastL2 = l2;
                String label = "指标“" + (name == null ? "第 " + (list.size() + 1) + " 行" : name) + "”的";
                Boolean notDue = null;
                BigDecimal rate = null;
                if (type == FormType.MONITORING) {
                    if (isNotDue(remark) || (rateValue != null && rateValue.text() != null
                            && rateValue.text().contains("未达"))) {
                        notDue = Boolean.TRUE;
                    } else if (rateValue != null && !rateValue.blank()) {
                        rate = stated(new Pos(r, cols.get(Col.RATE)), Numbers.Kind.RATE, label + "指标完成率");
                    }
                }
                BigDecimal weight = weightValue == null || weightValue.blank() ? null
                        : stated(new Pos(r, cols.get(Col.WEIGHT)), Numbers.Kind.PLAIN, label + "分值");
                Likelihood likelihood = null;
                if (likelihoodText != null) {
                    likelihood = Likelihood.fromLabel(Labels.key(likelihoodText));
                    if (likelihood == null) {
                        problem(new Pos(r, cols.get(Col.LIKELIHOOD)), label + "完成目标可能性 应为 确定能、有可能 或 完全不可能（“"
                                + likelihoodText + "”）");
                    }
                }
                QualitativeLevel level = null;
                if (qualitativeText != null) {
                    level = QualitativeLevel.fromLabel(Labels.key(qualitativeText));
                    if (level == null) {
                        problem(new Pos(r, cols.get(Col.QUALITATIVE)), label + "定性等级 应为 达成、部分达成 或 未达成（“"
                                + qualitativeText + "”）");
                    }
                }
                list.add(new Indicator(l1, l2, name, target, actual, rate, notDue, forecast, likelihood, weight, level));
            }
            return list;
        }

        private boolean stopRow(int r) {
            for (int c = 0; c <= v.lastCol; c++) {
                if (v.covered(r, c)) {
                    continue;
                }
                String k = v.key(r, c);
                for (String p : STOP_PREFIXES) {
                    if (k.startsWith(Labels.key(p))) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static boolean isNotDue(String remark) {
            if (remark == null) {
                return false;
            }
            String k = Labels.key(remark);
            return k.contains("未达") || k.equals("是") || k.equals("√") || k.equals("✓") || k.equalsIgnoreCase("Y");
        }

        // -------------------------------------------------------------- deviation, report

        private Deviation deviation() {
            String reason;
            String measures;
            List<String> categories = null;
            if (type == FormType.MONITORING) {
                reason = sectionText(new String[] {Labels.SEC_REASON}, new String[] {Labels.REASON, "偏差原因分析"});
                measures = sectionText(new String[] {Labels.SEC_MEASURES, "五、改进措施"},
                        new String[] {"采取的措施", Labels.MEASURES});
                String cats = textRightOf(Labels.CATEGORIES, "偏差原因分类");
                if (cats != null) {
                    categories = new ArrayList<>();
                    for (String part : CATEGORY_SEPARATORS.split(cats.strip())) {
                        if (!part.isBlank()) {
                            categories.add(part.strip());
                        }
                    }
                    if (categories.isEmpty()) {
                        categories = null;
                    }
                }
            } else {
                reason = sectionText(new String[0], new String[] {Labels.REASON, "偏差原因分析"});
                measures = sectionText(new String[0], new String[] {Labels.MEASURES, "采取的措施"});
            }
            return new Deviation(reason, measures, categories);
        }

        /** Text under a section heading (一行通栏), or right of a label. */
        private String sectionText(String[] headings, String[] labels) {
            Pos h = headings.length == 0 ? null : v.findPrefix(0, v.lastRow, headings);
            if (h != null) {
                Pos r = v.right(h);
                Pos at = r != null ? r : v.below(h);
                return at == null ? null : text(v.value(at));
            }
            Pos l = v.findLabel(labels);
            if (l == null) {
                return null;
            }
            Pos r = v.rightValue(l);
            return r == null ? null : text(v.value(r));
        }

        private Report report() {
            Pos start = v.find(k -> k.startsWith(Labels.key(Labels.REPORT)) || k.equals("绩效评价报告"), 0,
                    v.lastRow);
            if (start == null) {
                return null;
            }
            int from = start.row();
            Pos income = v.findLabel(from, v.lastRow, Labels.INCOME, "基金收入", "收入累计");
            Pos expense = v.findLabel(from, v.lastRow, Labels.EXPENSE, "基金支出", "支出累计");
            Pos balance = v.findLabel(from, v.lastRow, Labels.BALANCE);
            BigDecimal inc = income == null ? null : amountRightOf(income, Labels.INCOME);
            BigDecimal exp = expense == null ? null : amountRightOf(expense, Labels.EXPENSE);
            Map<String, BigDecimal> incItems = income == null ? null
                    : items(income.row() + 1, expense != null ? expense.row() - 1 : income.row() + 30, "收入明细");
            Map<String, BigDecimal> expItems = expense == null ? null
                    : items(expense.row() + 1, balance != null ? balance.row() - 1 : expense.row() + 30, "支出明细");
            BigDecimal bal = balance == null ? null : amountRightOf(balance, Labels.BALANCE);
            BigDecimal acc = amountRightOfLabel(from, Labels.ACCUMULATED);
            FundReport fund = inc == null && exp == null && bal == null && acc == null && incItems == null
                    && expItems == null ? null : new FundReport(inc, incItems, exp, expItems, bal, acc);
            BigDecimal budgeted = amountRightOfLabel(from, Labels.BUDGETED_EXPENSE);
            BigDecimal executed = amountRightOfLabel(from, Labels.EXECUTED_EXPENSE);
            Pos pct = v.findPrefix(from, v.lastRow, "完成预算比例", "完成预算");
            BigDecimal completion = pct == null || v.right(pct) == null ? null
                    : stated(v.right(pct), Numbers.Kind.RATE, "完成预算比例");
            BigDecimal previous = amountRightOfLabel(from, Labels.PREVIOUS_EXPENSE);
            ReportSections s = ReportSections.of(section -> below(from, section.heading()));
            if (fund == null && budgeted == null && executed == null && completion == null && previous == null
                    && s == null) {
                return null;
            }
            return new Report(fund, budgeted, executed, completion, previous, s);
        }

        private Map<String, BigDecimal> items(int from, int to, String field) {
            Map<String, BigDecimal> map = new LinkedHashMap<>();
            for (int r = from; r <= Math.min(to, v.lastRow); r++) {
                Pos head = v.top(r, 0);
                Pos namePos = v.right(new Pos(r, head.col() == 0 ? v.endCol(head) : 0));
                if (namePos == null) {
                    continue;
                }
                namePos = new Pos(r, v.top(r, namePos.col()).col());
                String name = text(v.value(namePos));
                Pos amountPos = v.right(namePos);
                Value val = amountPos == null ? null : v.value(amountPos);
                if (name == null && (val == null || val.blank())) {
                    continue;
                }
                if (name == null) {
                    problem(namePos, field + " 缺少项目名称");
                    continue;
                }
                map.put(name, amountPos == null ? null : amount(amountPos, field + "“" + name + "”"));
            }
            return map.isEmpty() ? null : map;
        }

        private String below(int from, String heading) {
            Pos h = v.findLabel(from, v.lastRow, heading);
            Pos b = h == null ? null : v.below(h);
            return b == null ? null : text(v.value(b));
        }

        // -------------------------------------------------------------- cells

        private String textRightOf(String... labels) {
            Pos p = v.findLabel(labels);
            Pos r = p == null ? null : v.rightValue(p);
            return r == null ? null : text(v.value(r));
        }

        /** "填报人：张三" in one cell, or the label and the value in the next cell. */
        private String inline(String label) {
            String k = Labels.key(label);
            Pos p = v.findPrefix(0, v.lastRow, label);
            if (p == null) {
                return null;
            }
            String cellKey = v.key(p.row(), p.col());
            if (cellKey.length() > k.length()) {
                // "填报人：张三" (or "填报人 张三") in one cell: what follows the label
                String raw = text(v.value(p));
                int colon = Math.max(raw.indexOf('：'), raw.indexOf(':'));
                String rest = colon >= 0 ? raw.substring(colon + 1) : raw.replaceFirst("^\\s*" + k, "");
                rest = rest.strip();
                return rest.isEmpty() ? null : rest;
            }
            Pos r = v.rightValue(p);
            return r == null ? null : text(v.value(r));
        }

        private String textAt(int r, Integer c) {
            return c == null ? null : text(v.value(new Pos(r, c)));
        }

        /** Text as written (trimmed; {@code null} when blank); a number formatted plainly, with % where shown. */
        private static String text(Value val) {
            if (val == null) {
                return null;
            }
            if (val.number() != null) {
                BigDecimal n = val.number();
                if (val.percentFormat()) {
                    return Numbers.plain(Numbers.strip(n.movePointRight(2))) + "%";
                }
                return Numbers.plain(Numbers.strip(n));
            }
            String s = val.text() == null ? null : val.text().strip();
            return s == null || s.isEmpty() ? null : s;
        }

        private BigDecimal amountRightOf(Pos label, String field) {
            Pos r = v.rightValue(label);
            return r == null ? null : amount(r, field);
        }

        private BigDecimal amountRightOfLabel(int from, String label) {
            Pos p = v.findLabel(from, v.lastRow, label);
            return p == null ? null : amountRightOf(p, label);
        }

        private BigDecimal amount(Pos at, String field) {
            return number(at, v.value(at), Numbers.Kind.AMOUNT, field);
        }

        /** A value that may have been computed by the exporter: {@code null} when it still is what was noted. */
        private BigDecimal stated(Pos at, Numbers.Kind kind, String field) {
            Value val = v.value(at);
            BigDecimal n = number(at, val, kind, field);
            if (n != null && val.comment() != null && val.comment().startsWith(Labels.COMPUTED_NOTE)) {
                String rest = val.comment().substring(Labels.COMPUTED_NOTE.length());
                int end = 0;
                while (end < rest.length() && "0123456789.-".indexOf(rest.charAt(end)) >= 0) {
                    end++;
                }
                try {
                    if (new BigDecimal(rest.substring(0, end)).compareTo(n) == 0) {
                        return null;
                    }
                } catch (NumberFormatException ignored) {
                    // a note someone edited: the value counts as stated
                }
            }
            return n;
        }

        private BigDecimal number(Pos at, Value val, Numbers.Kind kind, String field) {
            if (val.number() != null) {
                BigDecimal n = val.number();
                if (kind == Numbers.Kind.RATE && val.percentFormat()) {
                    n = n.movePointRight(2);
                }
                n = Numbers.strip(n);
                if (kind == Numbers.Kind.RATE && val.formatDecimals() > n.scale()) {
                    n = n.setScale(Math.min(val.formatDecimals(), 4));
                }
                return n;
            }
            if (val.text() == null) {
                return null;
            }
            try {
                BigDecimal n = Numbers.parse(val.text(), kind);
                return n == null || kind != Numbers.Kind.AMOUNT ? n : Numbers.strip(n);
            } catch (Numbers.NotANumber e) {
                problem(at, field + " " + e.getMessage() + "（“" + val.text().strip() + "”）");
                return null;
            }
        }

        private void problem(Pos at, String message) {
            problems.add(new ImportProblem(v.name, at == null ? null : v.ref(at), message));
        }
    }
}
