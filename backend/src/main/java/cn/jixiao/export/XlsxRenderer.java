package cn.jixiao.export;

import cn.jixiao.export.Grid.Style;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** Writes a {@link Grid} into a POI sheet: values, number formats, borders, merged ranges, row heights. */
final class XlsxRenderer {

    /** The body font: 宋体 as on the printed tables (Excel and WPS substitute where it is missing). */
    static final String FONT = "宋体";

    private final Workbook wb;
    private final Map<String, CellStyle> styles = new HashMap<>();
    private final Font body;
    private final Font bold;
    private final Font title;
    private final Font small;
    private final DataFormat formats;
    private final CreationHelper helper;

    XlsxRenderer(Workbook wb) {
        this.wb = wb;
        this.formats = wb.createDataFormat();
        this.helper = wb.getCreationHelper();
        this.body = font(11, false);
        this.bold = font(11, true);
        this.title = font(16, true);
        this.small = font(9, false);
    }

    private Font font(int points, boolean isBold) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) points);
        f.setBold(isBold);
        return f;
    }

    /** Page set-up for a form sheet: A4, fitted to the page width, landscape for wide tables. */
    void setUp(Sheet sheet, Grid g) {
        for (int c = 0; c < g.columns(); c++) {
            sheet.setColumnWidth(c, (int) Math.round(g.widths[c] * 256));
        }
        sheet.setDisplayGridlines(false);
        sheet.setPrintGridlines(false);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(g.columns() > 8);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
    }

    /**
     * Writes {@code g} from sheet row {@code offset} on; returns the next free row. Rows are created in order,
     * so this works on streaming (SXSSF) sheets too.
     */
    int render(Sheet sheet, Grid g, int offset, boolean template) {
        Grid.Cell[][] owner = new Grid.Cell[g.rows()][g.columns()];
        for (Grid.Cell c : g.cells()) {
            for (int r = c.row; r < c.row + c.rowSpan; r++) {
                for (int k = c.col; k < c.col + c.colSpan; k++) {
                    owner[r][k] = c;
                }
            }
        }
        Drawing<?> drawing = null;
        DataValidationHelper dv = null;
        for (int r = 0; r < g.rows(); r++) {
            Row row = sheet.createRow(offset + r);
            Float h = g.height(r);
            row.setHeightInPoints(h != null ? Math.max(h, 18f) : 18f);
            for (int k = 0; k < g.columns(); k++) {
                Grid.Cell c = owner[r][k];
                if (c == null) {
                    continue;
                }
                org.apache.poi.ss.usermodel.Cell cell = row.createCell(k);
                cell.setCellStyle(style(c, template));
                if (c.row != r || c.col != k) {
                    continue;
                }
                Object v = c.value;
                if (v instanceof BigDecimal d && c.style == Style.RATE) {
                    // an Excel percentage: 68.77 is stored as 0.6877 and shown as 68.77% everywhere
                    cell.setCellValue(d.movePointLeft(2).doubleValue());
                } else if (v instanceof BigDecimal d) {
                    cell.setCellValue(d.doubleValue());
                } else if (v instanceof Integer n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v != null) {
                    String s = v.toString();
                    if (!s.isEmpty()) {
                        cell.setCellValue(fitted(s));
                    }
                }
                if (c.rowSpan > 1 || c.colSpan > 1) {
                    sheet.addMergedRegionUnsafe(new CellRangeAddress(offset + r, offset + r + c.rowSpan - 1,
                            k, k + c.colSpan - 1));
                }
                if (c.computedNote != null && !template) {
                    if (drawing == null) {
                        drawing = sheet.createDrawingPatriarch();
                    }
                    // SXSSF takes the commented cell from the anchor's top-left: anchor it at the cell itself
                    ClientAnchor anchor = helper.createClientAnchor();
                    anchor.setCol1(k);
                    anchor.setCol2(k + 3);
                    anchor.setRow1(offset + r);
                    anchor.setRow2(offset + r + 3);
                    Comment comment = drawing.createCellComment(anchor);
                    comment.setString(helper.createRichTextString(c.computedNote + "（表上未填报，由系统按规则计算）"));
                    comment.setAuthor("jixiao");
                    cell.setCellComment(comment);
                }
                if (template && c.choices != null && !c.choices.isEmpty()) {
                    if (dv == null) {
                        dv = sheet.getDataValidationHelper();
                    }
                    DataValidationConstraint constraint =
                            dv.createExplicitListConstraint(c.choices.toArray(new String[0]));
                    DataValidation validation = dv.createValidation(constraint, new CellRangeAddressList(
                            offset + r, offset + r + c.rowSpan - 1, k, k + c.colSpan - 1));
                    validation.setShowErrorBox(false);
                    sheet.addValidationData(validation);
                }
            }
        }
        return offset + g.rows();
    }

    private CellStyle style(Grid.Cell c, boolean template) {
        // an empty rate cell (templates) keeps the General format: typed decimals are then neither hidden nor added
        int decimals = c.value instanceof BigDecimal d ? Math.max(0, Math.min(d.scale(), 4)) : -1;
        boolean shade = template && c.input;
        String key = c.style + "|" + (c.style == Style.RATE ? decimals : 0) + "|" + shade + "|" + c.textFormat;
        CellStyle s = styles.get(key);
        if (s == null) {
            s = create(c.style, decimals, shade, c.textFormat);
            styles.put(key, s);
        }
        return s;
    }

    private CellStyle create(Style style, int decimals, boolean shade, boolean text) {
        CellStyle s = wb.createCellStyle();
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(true);
        s.setFont(body);
        if (style.framed) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        switch (style) {
            case TITLE -> {
                s.setFont(title);
                s.setAlignment(HorizontalAlignment.CENTER);
            }
            case NOTE, PLAIN, TEXT -> s.setAlignment(HorizontalAlignment.LEFT);
            case PLAIN_RIGHT -> s.setAlignment(HorizontalAlignment.RIGHT);
            case SECTION -> {
                s.setFont(bold);
                s.setAlignment(HorizontalAlignment.LEFT);
            }
            case LABEL, CENTER -> s.setAlignment(HorizontalAlignment.CENTER);
            case HEADER -> {
                s.setFont(bold);
                s.setAlignment(HorizontalAlignment.CENTER);
                s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            case AMOUNT -> {
                s.setAlignment(HorizontalAlignment.RIGHT);
                s.setDataFormat(formats.getFormat("0.00"));
            }
            case RATE -> {
                s.setAlignment(HorizontalAlignment.CENTER);
                if (decimals >= 0) {
                    s.setDataFormat(formats.getFormat(decimals == 0 ? "0%" : "0." + "0".repeat(decimals) + "%"));
                }
            }
            case NUMBER -> s.setAlignment(HorizontalAlignment.CENTER);
            case INTEGER -> {
                s.setAlignment(HorizontalAlignment.CENTER);
                s.setDataFormat(formats.getFormat("0"));
            }
            case FOOTER -> {
                s.setFont(small);
                s.setAlignment(HorizontalAlignment.LEFT);
            }
            case SEAL -> {
                s.setAlignment(HorizontalAlignment.RIGHT);
                s.setVerticalAlignment(VerticalAlignment.TOP);
            }
        }
        if (text) {
            s.setDataFormat(formats.getFormat("@"));
        }
        if (shade) {
            s.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return s;
    }

    /**
     * A text as a cell can hold it (Excel's 32,767 characters), cut with … beyond. New documents stay far below
     * (DocumentLimits); a form stored before the caps must not break every export it is part of.
     */
    static String fitted(String text) {
        int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
