package cn.jixiao.export;

import cn.jixiao.document.FormDocument;
import cn.jixiao.document.FormType;
import cn.jixiao.validation.FormValidator;
import cn.jixiao.validation.ValidationSettings;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Exports forms as PDF in the same layout as the .xlsx export (the same {@link Grid}), with the Chinese text in
 * an embedded CJK font ({@link CjkFont}). The evaluation PDF holds the 绩效评价报告 first and then, on a new page,
 * the 绩效自评表. Bulk: a .zip with one PDF per form. Stateless and thread-safe.
 */
public final class FormPdfExporter {

    private static final Color SHADE = new Color(0xE7, 0xE7, 0xE7);

    private final FormValidator validator;
    private final ValidationSettings settings;

    /** With the default rule settings. */
    public FormPdfExporter() {
        this(ValidationSettings.defaults());
    }

    /** With a prefecture's rule settings (they decide 分值 and 等级); {@code null} = defaults. */
    public FormPdfExporter(ValidationSettings settings) {
        this.validator = new FormValidator();
        this.settings = settings == null ? ValidationSettings.defaults() : settings;
    }

    /** One form as a PDF. */
    public byte[] export(FormDocument doc, ExportMeta meta) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        export(doc, meta, out);
        return out.toByteArray();
    }

    /** One form as a PDF written to {@code out} (not closed). */
    public void export(FormDocument doc, ExportMeta meta, OutputStream out) {
        Objects.requireNonNull(doc, "doc");
        if (doc.type() == null) {
            throw new IllegalArgumentException("表单类型 type 缺失，无法导出");
        }
        Fonts fonts = new Fonts(CjkFont.get());
        FormFigures fig = FormFigures.of(doc, validator, settings);
        Grid table = FormLayout.table(doc, meta, fig);
        Grid report = FormLayout.report(doc, false);
        Rectangle page = table.columns() > 8 ? PageSize.A4.rotate() : PageSize.A4;
        Document pdf = new Document(page, 36, 36, 36, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, new NonClosing(out));
            writer.setCloseStream(false);
            pdf.addTitle(Labels.title(doc.type(), doc.year()) + (doc.project() == null ? "" : " " + doc.project()));
            pdf.addCreator("jixiao 绩效审批");
            pdf.open();
            if (report != null) {
                Paragraph title = new Paragraph(fonts.title.process((doc.year() == null ? "" : doc.year() + "年度")
                        + (doc.project() == null ? "" : doc.project()) + "绩效评价报告"));
                title.setAlignment(Element.ALIGN_CENTER);
                title.setSpacingAfter(10);
                pdf.add(title);
                add(pdf, report, 1, fonts);
                pdf.newPage();
            }
            add(pdf, table, 0, fonts);
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF 生成失败：" + e.getMessage(), e);
        }
    }

    /** Many forms as a .zip of PDFs, named {@code 001-绩效监控情况表-单位-2020-09.pdf}. */
    public byte[] exportZip(List<ExportItem> items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        exportZip(items, out);
        return out.toByteArray();
    }

    /** {@link #exportZip(List)} written to {@code out} (not closed). */
    public void exportZip(List<ExportItem> items, OutputStream out) {
        Objects.requireNonNull(items, "items");
        try {
            ZipOutputStream zip = new ZipOutputStream(new NonClosing(out));
            Set<String> used = new HashSet<>();
            int index = 0;
            for (ExportItem item : items) {
                index++;
                String name = entryName(used, index, item.form());
                zip.putNextEntry(new ZipEntry(name));
                export(item.form(), item.meta(), zip);
                zip.closeEntry();
            }
            zip.finish();
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String entryName(Set<String> used, int index, FormDocument doc) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%03d-", index));
        b.append(doc.type() == null ? "表" : doc.type().label());
        if (doc.unit() != null && !doc.unit().isBlank()) {
            b.append('-').append(doc.unit().strip());
        }
        if (doc.fund() != null) {
            b.append('-').append(doc.fund().shortLabel());
        }
        if (doc.year() != null) {
            b.append('-').append(doc.year());
        }
        if (doc.type() == FormType.MONITORING && doc.monitorMonth() != null) {
            b.append('-').append(String.format(Locale.ROOT, "%02d", doc.monitorMonth()));
        }
        String base = ExportFileName.safe(b.toString());
        if (base.length() > 120) {
            base = base.substring(0, 120);
        }
        String name = base + ".pdf";
        int n = 2;
        while (!used.add(name)) {
            name = base + "(" + n++ + ").pdf";
        }
        return name;
    }

    // ------------------------------------------------------------------ rendering

    /** Each size as a pair: Liberation Sans for digits and Latin text, the CJK font for the rest. */
    private static final class Fonts {
        final FontSelector title;
        final FontSelector body;
        final FontSelector bold;
        final FontSelector small;

        Fonts(BaseFont cjk) {
            BaseFont latin = CjkFont.latin();
            title = selector(latin, cjk, 16, Font.BOLD);
            body = selector(latin, cjk, 9.5f, Font.NORMAL);
            bold = selector(latin, cjk, 9.5f, Font.BOLD);
            small = selector(latin, cjk, 7.5f, Font.NORMAL);
        }

        private static FontSelector selector(BaseFont latin, BaseFont cjk, float size, int style) {
            FontSelector s = new FontSelector();
            s.addFont(new Font(latin, size, style));
            s.addFont(new Font(cjk, size, style));
            return s;
        }
    }

    /**
     * The grid from {@code firstRow} on, as tables. Rows are moved whole to the next page rather than split (only a
     * row taller than a page is split), so no page starts with the empty rest of a box. The grid's repeating block
     * (the indicator table) is laid out in groups of rows that no merged cell crosses, each group kept on one page,
     * under its heading row repeated at the top of every page.
     */
    private static void add(Document pdf, Grid g, int firstRow, Fonts fonts) throws DocumentException {
        Grid.Cell[][] owner = owners(g);
        Grid.Repeating block = g.repeating();
        if (block == null || block.first() >= block.end()) {
            addRows(pdf, g, owner, firstRow, g.rows(), fonts);
            return;
        }
        addRows(pdf, g, owner, firstRow, block.header(), fonts);
        PdfPTable outer = new PdfPTable(1);
        outer.setWidthPercentage(100);
        outer.setSplitLate(true);
        outer.setHeaderRows(1);
        outer.addCell(holder(rows(g, owner, block.header(), block.first(), fonts)));
        int from = block.first();
        while (from < block.end()) {
            int to = groupEnd(g, from, block);
            outer.addCell(holder(rows(g, owner, from, to, fonts)));
            from = to;
        }
        pdf.add(outer);
        addRows(pdf, g, owner, block.end(), g.rows(), fonts);
    }

    private static void addRows(Document pdf, Grid g, Grid.Cell[][] owner, int from, int to, Fonts fonts)
            throws DocumentException {
        if (from < to) {
            pdf.add(rows(g, owner, from, to, fonts));
        }
    }

    /** The end of the group of rows from {@code from}: the first row no cell of the group spans into. */
    private static int groupEnd(Grid g, int from, Grid.Repeating block) {
        int end = from + 1;
        boolean grown = true;
        while (grown) {
            grown = false;
            for (Grid.Cell c : g.cells()) {
                int cellEnd = Math.min(c.row + c.rowSpan, block.end());
                if (c.row >= from && c.row < end && cellEnd > end) {
                    end = cellEnd;
                    grown = true;
                }
            }
        }
        return end;
    }

    /** A table held in a cell of the outer table, edge to edge. */
    private static PdfPCell holder(PdfPTable inner) {
        PdfPCell holder = new PdfPCell(inner);
        holder.setBorder(Rectangle.NO_BORDER);
        holder.setPadding(0);
        return holder;
    }

    /** Which cell covers each position of the grid. */
    private static Grid.Cell[][] owners(Grid g) {
        Grid.Cell[][] owner = new Grid.Cell[g.rows()][g.columns()];
        for (Grid.Cell c : g.cells()) {
            for (int r = c.row; r < c.row + c.rowSpan; r++) {
                for (int k = c.col; k < c.col + c.colSpan; k++) {
                    owner[r][k] = c;
                }
            }
        }
        return owner;
    }

    /**
     * Rows {@code from..to} (exclusive) as one table; holes become empty borderless cells. A merged cell reaching
     * past these rows is cut at their edge: its text stays where it starts, its continuation is an empty cell
     * open at the top (the 绩效指标 label beside the whole indicator table).
     */
    private static PdfPTable rows(Grid g, Grid.Cell[][] owner, int from, int to, Fonts fonts) {
        float[] widths = new float[g.columns()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (float) g.widths[i];
        }
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSplitLate(true);
        for (int r = from; r < to; r++) {
            for (int k = 0; k < g.columns(); k++) {
                Grid.Cell c = owner[r][k];
                if (c == null) {
                    PdfPCell empty = new PdfPCell(new Phrase(""));
                    empty.setBorder(Rectangle.NO_BORDER);
                    t.addCell(empty);
                    continue;
                }
                int top = Math.max(c.row, from);
                if (r != top || k != c.col) {
                    continue; // covered by a merged cell added before
                }
                int bottom = Math.min(c.row + c.rowSpan, to);
                PdfPCell cell = c.row == r ? cell(c, fonts) : continuation(c);
                cell.setRowspan(bottom - r);
                if (c.style.framed && c.row + c.rowSpan > to) {
                    cell.disableBorderSide(Rectangle.BOTTOM);
                }
                Float h = g.height(r);
                if (h != null && c.rowSpan == 1 && c.style.framed
                        && (c.text().isEmpty() || c.style == Grid.Style.SEAL)) {
                    cell.setMinimumHeight(Math.max(16f, h * 0.85f)); // room to write in; text makes its own height
                }
                t.addCell(cell);
            }
        }
        return t;
    }

    /** The part of a merged cell below a cut: empty, framed at the sides. */
    private static PdfPCell continuation(Grid.Cell c) {
        PdfPCell p = new PdfPCell(new Phrase(""));
        p.setColspan(c.colSpan);
        p.setBorderWidth(0.6f);
        p.disableBorderSide(Rectangle.TOP);
        if (!c.style.framed) {
            p.setBorder(Rectangle.NO_BORDER);
        }
        return p;
    }

    private static PdfPCell cell(Grid.Cell c, Fonts fonts) {
        FontSelector font = switch (c.style) {
            case TITLE -> fonts.title;
            case SECTION, HEADER -> fonts.bold;
            case FOOTER, NOTE -> fonts.small;
            default -> fonts.body;
        };
        PdfPCell p = new PdfPCell(font.process(c.text()));
        p.setColspan(c.colSpan);
        p.setRowspan(c.rowSpan);
        p.setUseAscender(true);
        p.setPadding(3.5f);
        p.setVerticalAlignment(Element.ALIGN_MIDDLE);
        p.setMinimumHeight(16f);
        if (!c.style.framed) {
            p.setBorder(Rectangle.NO_BORDER);
        } else {
            p.setBorderWidth(0.6f);
        }
        p.setHorizontalAlignment(switch (c.style) {
            case TITLE, LABEL, HEADER, CENTER, RATE, NUMBER, INTEGER -> Element.ALIGN_CENTER;
            case AMOUNT, PLAIN_RIGHT, SEAL -> Element.ALIGN_RIGHT;
            default -> Element.ALIGN_LEFT;
        });
        if (c.style == Grid.Style.TITLE) {
            p.setPaddingBottom(10f);
            p.setMinimumHeight(30f);
        }
        if (c.style == Grid.Style.HEADER) {
            p.setBackgroundColor(SHADE);
        }
        if (c.style == Grid.Style.SEAL) {
            p.setVerticalAlignment(Element.ALIGN_TOP);
        }
        return p;
    }

    /** Keeps the PDF writer / zip stream from closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
