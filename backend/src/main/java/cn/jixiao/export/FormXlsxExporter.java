package cn.jixiao.export;

import cn.jixiao.document.Budget;
import cn.jixiao.document.BudgetLine;
import cn.jixiao.document.FormDocument;
import cn.jixiao.document.FormType;
import cn.jixiao.validation.Computed;
import cn.jixiao.validation.FormValidator;
import cn.jixiao.validation.ValidationSettings;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Exports forms as .xlsx in the official table layout (绩效监控情况表 as 附件1, 绩效自评表 per 财预〔2020〕10号 with the
 * 绩效评价报告 below it, 绩效目标表): merged cells as on paper, 填报单位（公章）, 金额单位：万元, amounts as numbers with the
 * format {@code 0.00}, rates as numbers shown with {@code %} at their stated decimals, computed values (执行率,
 * 指标完成率, 总体完成率, 分值, 得分, 总分, 自评等级) filled in where the form states none, each such cell carrying a
 * note "系统计算值：…". A signed form's footer names who signed, when, and the snapshot's SHA-256.
 *
 * <p>Plain Java, stateless and thread-safe.
 */
public final class FormXlsxExporter {

    /** Excel's limit on sheet names. */
    public static final int MAX_SHEET_NAME = 31;
    /** The summary sheet of a bulk export. */
    public static final String SUMMARY_SHEET = "汇总";

    private final FormValidator validator;
    private final ValidationSettings settings;

    /** With the default rule settings. */
    public FormXlsxExporter() {
        this(ValidationSettings.defaults());
    }

    /** With a prefecture's rule settings (they decide 分值 and 等级); {@code null} = defaults. */
    public FormXlsxExporter(ValidationSettings settings) {
        this.validator = new FormValidator();
        this.settings = settings == null ? ValidationSettings.defaults() : settings;
    }

    /** One form as a workbook with one sheet. */
    public byte[] export(FormDocument doc, ExportMeta meta) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        export(doc, meta, out);
        return out.toByteArray();
    }

    /** One form as a workbook with one sheet, written to {@code out} (not closed). */
    public void export(FormDocument doc, ExportMeta meta, OutputStream out) {
        Objects.requireNonNull(doc, "doc");
        requireType(doc);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XlsxRenderer renderer = new XlsxRenderer(wb);
            writeForm(wb, renderer, doc.type().label(), doc, meta);
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Many forms as one workbook: a {@value #SUMMARY_SHEET} sheet first (unit, project, fund, type, status,
     * amounts, completion / score, with a link to each form's sheet), then one sheet per form, named uniquely
     * within Excel's 31 characters. Streams rows (SXSSF), so memory stays flat for thousands of forms.
     */
    public byte[] exportBulk(List<ExportItem> items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        exportBulk(items, out);
        return out.toByteArray();
    }

    /** {@link #exportBulk(List)} written to {@code out} (not closed). */
    public void exportBulk(List<ExportItem> items, OutputStream out) {
        Objects.requireNonNull(items, "items");
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        wb.setCompressTempFiles(true);
        try (wb) {
            XlsxRenderer renderer = new XlsxRenderer(wb);
            Sheet summary = wb.createSheet(SUMMARY_SHEET);
            Summary sum = new Summary(wb, summary);
            Set<String> used = new HashSet<>();
            used.add(SUMMARY_SHEET);
            int index = 0;
            for (ExportItem item : items) {
                index++;
                FormDocument doc = item.form();
                requireType(doc);
                String name = uniqueSheetName(used, bulkSheetName(index, doc));
                FormFigures fig = writeForm(wb, renderer, name, doc, item.meta());
                sum.row(index, name, doc, item.meta(), fig.computed);
            }
            sum.finish();
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    FormFigures writeForm(Workbook wb, XlsxRenderer renderer, String sheetName, FormDocument doc,
                          ExportMeta meta) {
        FormFigures fig = FormFigures.of(doc, validator, settings);
        Grid table = FormLayout.table(doc, meta, fig);
        Sheet sheet = wb.createSheet(sheetName);
        renderer.setUp(sheet, table);
        int next = renderer.render(sheet, table, 0, false);
        Grid report = FormLayout.report(doc, false);
        if (report != null) {
            renderer.render(sheet, report, next + 1, false);
        }
        return fig;
    }

    /** The figures the form's sheet would show (执行率, 总体完成率, 得分, 等级), without writing it. */
    FormFigures figures(FormDocument doc) {
        return FormFigures.of(doc, validator, settings);
    }

    private static void requireType(FormDocument doc) {
        if (doc.type() == null) {
            throw new IllegalArgumentException("表单类型 type 缺失，无法导出");
        }
    }

    /** {@code 001 监控2020-09 企业养老 喀什地区社会保险管理局本级}, cut to 31 characters by the caller. */
    static String bulkSheetName(int index, FormDocument doc) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%03d ", index));
        b.append(switch (doc.type()) {
            case TARGET -> "目标";
            case MONITORING -> "监控";
            case EVALUATION -> "自评";
        });
        if (doc.year() != null) {
            b.append(doc.year());
        }
        if (doc.type() == FormType.MONITORING && doc.monitorMonth() != null) {
            b.append('-').append(String.format(Locale.ROOT, "%02d", doc.monitorMonth()));
        }
        if (doc.fund() != null) {
            b.append(' ').append(doc.fund().shortLabel());
        }
        if (doc.unit() != null && !doc.unit().isBlank()) {
            b.append(' ').append(doc.unit().strip());
        }
        return b.toString();
    }

    /**
     * A sheet name Excel accepts ({@code []:*?/\} replaced, at most 31 characters, not blank) and not yet in
     * {@code used} (compared ignoring case, as Excel does); adds it to {@code used}.
     */
    static String uniqueSheetName(Set<String> used, String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "表" : wanted.strip(), '_');
        base = cut(base, MAX_SHEET_NAME);
        String name = base;
        int n = 2;
        while (used.contains(name.toLowerCase(Locale.ROOT))) {
            String suffix = "(" + n++ + ")";
            name = cut(base, MAX_SHEET_NAME - suffix.length()) + suffix;
        }
        used.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    /** The 汇总 sheet. */
    private static final class Summary {
        private static final String[] HEADERS = {"序号", "工作表", "单位", "项目", "险种", "表类型", "年度", "监控月份",
            "状态", "预算数（万元）", "到位数（万元）", "执行数（万元）", "执行率（%）", "总体完成率（%）", "自评得分",
            "自评等级", "表单编号", "签发人", "签发时间"};
        private static final int[] WIDTHS = {6, 30, 26, 34, 16, 14, 7, 9, 10, 14, 14, 14, 11, 13, 9, 9, 12, 10, 20};

        private final Workbook wb;
        private final Sheet sheet;
        private final CellStyle head;
        private final CellStyle text;
        private final CellStyle amount;
        private final CellStyle number;
        private final CellStyle link;
        private int next = 1;

        Summary(Workbook wb, Sheet sheet) {
            this.wb = wb;
            this.sheet = sheet;
            Font bold = wb.createFont();
            bold.setFontName(XlsxRenderer.FONT);
            bold.setBold(true);
            Font plain = wb.createFont();
            plain.setFontName(XlsxRenderer.FONT);
            Font blue = wb.createFont();
            blue.setFontName(XlsxRenderer.FONT);
            blue.setUnderline(Font.U_SINGLE);
            blue.setColor(IndexedColors.BLUE.getIndex());
            head = framed(bold);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            head.setWrapText(true);
            text = framed(plain);
            amount = framed(plain);
            amount.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            number = framed(plain);
            link = framed(blue);
            for (int i = 0; i < WIDTHS.length; i++) {
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            Row r = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                Cell c = r.createCell(i);
                c.setCellValue(HEADERS[i]);
                c.setCellStyle(head);
            }
            sheet.createFreezePane(0, 1);
        }

        private CellStyle framed(Font f) {
            CellStyle s = wb.createCellStyle();
            s.setFont(f);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }

        void row(int index, String sheetName, FormDocument doc, ExportMeta meta, Computed computed) {
            Row r = sheet.createRow(next++);
            int c = 0;
            num(r, c++, BigDecimal.valueOf(index), number);
            Cell sheetCell = r.createCell(c++);
            sheetCell.setCellValue(sheetName);
            Hyperlink h = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            h.setAddress("'" + sheetName.replace("'", "''") + "'!A1");
            sheetCell.setHyperlink(h);
            sheetCell.setCellStyle(link);
            str(r, c++, doc.unit());
            str(r, c++, doc.project());
            str(r, c++, doc.fund() == null ? null : doc.fund().label());
            str(r, c++, doc.type().label());
            num(r, c++, doc.year() == null ? null : BigDecimal.valueOf(doc.year()), number);
            num(r, c++, doc.type() == FormType.MONITORING && doc.monitorMonth() != null
                    ? BigDecimal.valueOf(doc.monitorMonth()) : null, number);
            str(r, c++, meta.statusLabel());
            Budget b = doc.budget();
            num(r, c++, total(b == null ? null : b.planned()), amount);
            num(r, c++, total(b == null ? null : b.arrived()), amount);
            num(r, c++, total(b == null ? null : b.executed()), amount);
            BigDecimal rate = b != null && b.executionRate() != null ? b.executionRate() : computed.executionRate();
            num(r, c++, doc.type() == FormType.TARGET ? null : rate, number);
            BigDecimal overall = null;
            if (doc.type() == FormType.MONITORING) {
                overall = doc.goal() != null && doc.goal().completionRate() != null
                        ? doc.goal().completionRate() : computed.overallCompletionRate();
            }
            num(r, c++, overall, number);
            num(r, c++, computed.score(), number);
            str(r, c++, computed.grade());
            str(r, c++, meta.formId());
            str(r, c++, meta.signed() ? meta.signedBy() : null);
            str(r, c, meta.signed() ? meta.signedAtText() : null);
        }

        private static BigDecimal total(BudgetLine l) {
            return l == null ? null : l.total();
        }

        private void str(Row r, int c, String v) {
            Cell cell = r.createCell(c);
            cell.setCellStyle(text);
            if (v != null) {
                cell.setCellValue(v);
            }
        }

        private void num(Row r, int c, BigDecimal v, CellStyle s) {
            Cell cell = r.createCell(c);
            cell.setCellStyle(s);
            if (v != null) {
                cell.setCellValue(v.doubleValue());
            }
        }

        void finish() {
            if (next > 1) {
                sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, next - 1, 0, HEADERS.length - 1));
            }
        }
    }
}
