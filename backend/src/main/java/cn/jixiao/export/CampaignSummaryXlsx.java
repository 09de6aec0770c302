package cn.jixiao.export;

import cn.jixiao.document.Budget;
import cn.jixiao.document.FormDocument;
import cn.jixiao.document.FormType;
import cn.jixiao.document.Fund;
import cn.jixiao.validation.Computed;
import cn.jixiao.validation.ValidationSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The 汇总表 of a filing campaign, to report upward: a 汇总 sheet with one row per item (unit, fund, status, 预算数,
 * 执行数, 预算执行率, 总体完成率 or 自评得分 and 等级, open ERRORs/WARNINGs, overdue), items not started included, then
 * one sheet per submitted form in the official layout of {@link FormXlsxExporter}.
 */
public final class CampaignSummaryXlsx {

    /**
     * One item. {@code form} is null while nothing is filed; {@code sheet}: the form has been submitted and gets
     * a sheet of its own.
     */
    public record Line(String unit, Fund fund, String status, boolean overdue, Integer errors, Integer warnings,
                       ExportItem form, boolean sheet) {
    }

    private static final String[] HEADERS = {"序号", "单位", "险种", "状态", "预算数（万元）", "执行数（万元）",
        "预算执行率（%）", "总体完成率（%）", "自评得分", "自评等级", "错误", "警告", "逾期", "表单编号", "工作表"};
    private static final int[] WIDTHS = {6, 30, 24, 10, 14, 14, 13, 13, 9, 9, 6, 6, 6, 10, 30};

    private final FormXlsxExporter forms;

    public CampaignSummaryXlsx(ValidationSettings settings) {
        this.forms = new FormXlsxExporter(settings);
    }

    public byte[] export(String title, List<Line> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        wb.setCompressTempFiles(true);
        try (wb) {
            XlsxRenderer renderer = new XlsxRenderer(wb);
            Styles st = new Styles(wb);
            Sheet summary = wb.createSheet(FormXlsxExporter.SUMMARY_SHEET);
            for (int i = 0; i < WIDTHS.length; i++) {
                summary.setColumnWidth(i, WIDTHS[i] * 256);
            }
            Row titleRow = summary.createRow(0);
            text(titleRow, 0, title + " 汇总表", st.head);
            summary.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.length - 1));
            Row head = summary.createRow(1);
            for (int i = 0; i < HEADERS.length; i++) {
                text(head, i, HEADERS[i], st.head);
            }
            summary.createFreezePane(0, 2);
            Set<String> used = new HashSet<>();
            used.add(FormXlsxExporter.SUMMARY_SHEET.toLowerCase(java.util.Locale.ROOT));
            int index = 0;
            int sheets = 0;
            for (Line line : lines) {
                index++;
                String sheetName = null;
                Computed computed = null;
                if (line.form() != null) {
                    FormDocument doc = line.form().form();
                    if (line.sheet()) {
                        sheetName = FormXlsxExporter.uniqueSheetName(used,
                                FormXlsxExporter.bulkSheetName(++sheets, doc));
                        computed = forms.writeForm(wb, renderer, sheetName, doc, line.form().meta()).computed;
                    } else {
                        computed = forms.figures(doc).computed;
                    }
                }
                row(summary.createRow(index + 1), index, line, computed, sheetName, st, wb);
            }
            summary.setAutoFilter(new CellRangeAddress(1, Math.max(1, index + 1), 0, HEADERS.length - 1));
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void row(Row r, int index, Line line, Computed computed, String sheetName, Styles st,
                            SXSSFWorkbook wb) {
        int c = 0;
        num(r, c++, BigDecimal.valueOf(index), st.number);
        text(r, c++, line.unit(), st.text);
        text(r, c++, line.fund().label(), st.text);
        text(r, c++, line.status(), st.text);
        FormDocument doc = line.form() == null ? null : line.form().form();
        Budget b = doc == null ? null : doc.budget();
        num(r, c++, b == null || b.planned() == null ? null : b.planned().total(), st.amount);
        num(r, c++, b == null || b.executed() == null ? null : b.executed().total(), st.amount);
        boolean target = doc != null && doc.type() == FormType.TARGET;
        BigDecimal rate = b != null && b.executionRate() != null ? b.executionRate()
                : computed == null ? null : computed.executionRate();
        num(r, c++, target ? null : rate, st.number);
        BigDecimal overall = doc != null && doc.type() == FormType.MONITORING
                ? (doc.goal() != null && doc.goal().completionRate() != null ? doc.goal().completionRate()
                : computed.overallCompletionRate()) : null;
        num(r, c++, overall, st.number);
        boolean evaluation = doc != null && doc.type() == FormType.EVALUATION;
        num(r, c++, evaluation ? computed.score() : null, st.number);
        text(r, c++, evaluation ? computed.grade() : null, st.text);
        num(r, c++, line.errors() == null ? null : BigDecimal.valueOf(line.errors()), st.number);
        num(r, c++, line.warnings() == null ? null : BigDecimal.valueOf(line.warnings()), st.number);
        text(r, c++, line.overdue() ? "是" : "", st.text);
        text(r, c++, line.form() == null ? null : line.form().meta().formId(), st.text);
        Cell link = r.createCell(c);
        link.setCellStyle(sheetName == null ? st.text : st.link);
        if (sheetName != null) {
            link.setCellValue(sheetName);
            Hyperlink h = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            h.setAddress("'" + sheetName.replace("'", "''") + "'!A1");
            link.setHyperlink(h);
        }
    }

    private static void text(Row r, int c, String v, CellStyle s) {
        Cell cell = r.createCell(c);
        cell.setCellStyle(s);
        if (v != null) {
            cell.setCellValue(v);
        }
    }

    private static void num(Row r, int c, BigDecimal v, CellStyle s) {
        Cell cell = r.createCell(c);
        cell.setCellStyle(s);
        if (v != null) {
            cell.setCellValue(v.doubleValue());
        }
    }

    private static final class Styles {
        final CellStyle head;
        final CellStyle text;
        final CellStyle amount;
        final CellStyle number;
        final CellStyle link;

        Styles(SXSSFWorkbook wb) {
            Font bold = font(wb);
            bold.setBold(true);
            Font blue = font(wb);
            blue.setUnderline(Font.U_SINGLE);
            blue.setColor(IndexedColors.BLUE.getIndex());
            head = framed(wb, bold);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            head.setWrapText(true);
            text = framed(wb, font(wb));
            amount = framed(wb, font(wb));
            amount.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            number = framed(wb, font(wb));
            link = framed(wb, blue);
        }

        private static Font font(SXSSFWorkbook wb) {
            Font f = wb.createFont();
            f.setFontName(XlsxRenderer.FONT);
            return f;
        }

        private static CellStyle framed(SXSSFWorkbook wb, Font f) {
            CellStyle s = wb.createCellStyle();
            s.setFont(f);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }
}
