package cn.jixiao.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table laid out as on paper: cells at (row, column) with row and column spans and a style. One grid is
 * rendered both as an .xlsx sheet ({@link XlsxRenderer}) and as a PDF table ({@link FormPdfExporter}), so the
 * two show the same layout. Not thread-safe; built and rendered by one thread.
 */
final class Grid {

    /** How a cell looks. Styles with a frame are drawn with thin borders. */
    enum Style {
        /** The big centred title. */
        TITLE(false),
        /** Small text above the table (附件1), left. */
        NOTE(false),
        /** Text outside the frame, left (填报单位（公章）：…, 填报人 …). */
        PLAIN(false),
        /** Text outside the frame, right (金额单位：万元). */
        PLAIN_RIGHT(false),
        /** A section heading inside the frame (一、基本情况), bold, left. */
        SECTION(true),
        /** A field label inside the frame, centred. */
        LABEL(true),
        /** A column heading of a table inside the frame, bold, centred, shaded. */
        HEADER(true),
        /** Free text inside the frame, left, wrapped. */
        TEXT(true),
        /** Short text inside the frame, centred, wrapped. */
        CENTER(true),
        /** An amount: two decimals ({@code 0.00}), right. */
        AMOUNT(true),
        /** A percentage (68.77 is shown as 68.77%; in .xlsx an Excel percentage 0.6877), decimals as stated. */
        RATE(true),
        /** A plain number (分值, 得分), right; decimals as the value has, at most 2. */
        NUMBER(true),
        /** A whole number (年度, 月份), centred. */
        INTEGER(true),
        /** The signature / metadata footer below the frame, small, left. */
        FOOTER(false),
        /** The box the unit's seal goes in: framed, its label at the top right. */
        SEAL(true);

        final boolean framed;

        Style(boolean framed) {
            this.framed = framed;
        }
    }

    /** One cell (the top-left of its span). */
    static final class Cell {
        final int row;
        final int col;
        final int rowSpan;
        final int colSpan;
        Object value;
        final Style style;
        /** For a value the system computed (not stated on the form): the note put on the cell. */
        String computedNote;
        /** In a template: a cell the filer fills (shaded). */
        boolean input;
        /** In a template: allowed values offered as a drop-down list. */
        List<String> choices;
        /** Text cells the filer types numbers into must stay text ({@code @} format). */
        boolean textFormat;

        Cell(int row, int col, int rowSpan, int colSpan, Object value, Style style) {
            this.row = row;
            this.col = col;
            this.rowSpan = rowSpan;
            this.colSpan = colSpan;
            this.value = value;
            this.style = style;
        }

        /** Display text as printed (PDF): amounts with two decimals, rates with {@code %}. */
        String text() {
            if (value == null) {
                return "";
            }
            if (value instanceof BigDecimal d) {
                return switch (style) {
                    case AMOUNT -> Numbers.two(d);
                    case RATE -> Numbers.plain(d) + "%";
                    case NUMBER -> Numbers.plain(Numbers.atMostTwo(d));
                    default -> Numbers.plain(d);
                };
            }
            return value.toString();
        }

        void setValue(Object v) {
            this.value = v;
        }

        Cell computed(String note) {
            this.computedNote = note;
            return this;
        }

        Cell input() {
            this.input = true;
            return this;
        }

        Cell choices(List<String> values) {
            this.choices = values;
            return this;
        }

        Cell asText() {
            this.textFormat = true;
            return this;
        }
    }

    /**
     * A table within the table: its heading row and the rows under it ({@code first} until {@code end}, exclusive).
     * On paper the heading is repeated at the top of every page the rows continue on.
     */
    record Repeating(int header, int first, int end) {
    }

    private Repeating repeating;

    /** Marks the rows under a heading row that a PDF page break repeats ({@link Repeating}); one per grid. */
    void repeatHeader(int header, int first, int end) {
        this.repeating = new Repeating(header, first, end);
    }

    /** The repeating block, {@code null} when the grid has none. */
    Repeating repeating() {
        return repeating;
    }

    /** Column widths in Excel character units (a CJK character is about 2). */
    final double[] widths;
    private final List<Cell> cells = new ArrayList<>();
    private final List<Float> heights = new ArrayList<>();
    private int rows;

    Grid(double... widths) {
        this.widths = widths.clone();
    }

    int columns() {
        return widths.length;
    }

    int last() {
        return widths.length - 1;
    }

    int rows() {
        return rows;
    }

    List<Cell> cells() {
        return Collections.unmodifiableList(cells);
    }

    /** Row height in points, {@code null} for the default. */
    Float height(int row) {
        return row < heights.size() ? heights.get(row) : null;
    }

    /** Puts a cell spanning columns {@code fromCol..toCol} of one row. */
    Cell put(int row, int fromCol, int toCol, Object value, Style style) {
        return put(row, fromCol, toCol, 1, value, style);
    }

    /** Puts a cell spanning columns {@code fromCol..toCol} and {@code rowSpan} rows. */
    Cell put(int row, int fromCol, int toCol, int rowSpan, Object value, Style style) {
        if (fromCol < 0 || toCol >= widths.length || toCol < fromCol || rowSpan < 1) {
            throw new IllegalArgumentException("bad span " + row + ":" + fromCol + "-" + toCol + "x" + rowSpan);
        }
        Cell c = new Cell(row, fromCol, rowSpan, toCol - fromCol + 1, value, style);
        cells.add(c);
        rows = Math.max(rows, row + rowSpan);
        fitHeight(c);
        return c;
    }

    /** Sets at least this height (points) for a row. */
    void minHeight(int row, float points) {
        while (heights.size() <= row) {
            heights.add(null);
        }
        Float h = heights.get(row);
        if (h == null || h < points) {
            heights.set(row, points);
        }
    }

    /** Estimates the lines wrapped text needs in its span and raises the row height to fit. */
    private void fitHeight(Cell c) {
        if (c.rowSpan != 1 || !(c.value instanceof String s) || s.isEmpty()) {
            return;
        }
        if (c.style == Style.TITLE) {
            minHeight(c.row, 30f);
            return;
        }
        double width = 0;
        for (int i = c.col; i < c.col + c.colSpan; i++) {
            width += widths[i];
        }
        width = Math.max(2, width - 1);
        int lines = 0;
        for (String part : s.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(displayWidth(part) / width));
        }
        if (lines > 1) {
            minHeight(c.row, Math.min(409f, lines * 14.5f + 4f));
        }
    }

    /** Width in Excel character units: CJK and full-width characters count 2. */
    static double displayWidth(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            w += ch >= 0x2E80 ? 2.0 : 1.0;
        }
        return w;
    }
}
