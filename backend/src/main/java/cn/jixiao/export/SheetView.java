package cn.jixiao.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A sheet seen as on paper: a cell inside a merged range reads as the range's top-left cell; labels are found by
 * their folded text ({@link Labels#key}). Reads at most {@value #MAX_ROWS} rows and {@value #MAX_COLS} columns.
 */
final class SheetView {

    static final int MAX_ROWS = 2000;
    static final int MAX_COLS = 40;

    /** A position (0-based). */
    record Pos(int row, int col) {
    }

    /** A cell value as found: text, or a number with its display format. */
    record Value(String text, BigDecimal number, boolean percentFormat, int formatDecimals, String comment) {
        boolean blank() {
            return number == null && (text == null || text.isBlank());
        }
    }

    final Sheet sheet;
    final String name;
    final int lastRow;
    final int lastCol;
    private final Map<Long, CellRangeAddress> regions = new HashMap<>();
    private final Map<Long, String> keys = new HashMap<>();

    SheetView(Sheet sheet) {
        this.sheet = sheet;
        this.name = sheet.getSheetName();
        this.lastRow = Math.min(sheet.getLastRowNum(), MAX_ROWS - 1);
        int maxCol = 0;
        for (int r = 0; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getLastCellNum() > 0) {
                maxCol = Math.max(maxCol, row.getLastCellNum() - 1);
            }
        }
        for (CellRangeAddress a : sheet.getMergedRegions()) {
            if (a.getFirstRow() > lastRow || a.getFirstColumn() >= MAX_COLS) {
                continue;
            }
            maxCol = Math.max(maxCol, a.getLastColumn());
            for (int r = a.getFirstRow(); r <= Math.min(a.getLastRow(), lastRow); r++) {
                for (int c = a.getFirstColumn(); c <= Math.min(a.getLastColumn(), MAX_COLS - 1); c++) {
                    regions.put(id(r, c), a);
                }
            }
        }
        this.lastCol = Math.min(maxCol, MAX_COLS - 1);
    }

    private static long id(int r, int c) {
        return ((long) r << 16) | c;
    }

    /**
     * The first cell with a value below the rows this view reads ({@value #MAX_ROWS}), {@code null} when there is
     * none: a sheet that long is refused, never silently cut.
     */
    Pos firstValueBeyondLastRow() {
        for (Row row : sheet) {
            if (row.getRowNum() < MAX_ROWS) {
                continue;
            }
            for (Cell c : row) {
                if (c.getCellType() != CellType.BLANK && !(c.getCellType() == CellType.STRING
                        && c.getStringCellValue().isBlank())) {
                    return new Pos(row.getRowNum(), c.getColumnIndex());
                }
            }
        }
        return null;
    }

    /** The top-left position of the merged range holding (r, c), or (r, c) itself. */
    Pos top(int r, int c) {
        CellRangeAddress a = regions.get(id(r, c));
        return a == null ? new Pos(r, c) : new Pos(a.getFirstRow(), a.getFirstColumn());
    }

    /** The last column of the merged range holding (r, c), or c. */
    int endCol(Pos p) {
        CellRangeAddress a = regions.get(id(p.row(), p.col()));
        return a == null ? p.col() : a.getLastColumn();
    }

    /** The last row of the merged range holding (r, c), or r. */
    int endRow(Pos p) {
        CellRangeAddress a = regions.get(id(p.row(), p.col()));
        return a == null ? p.row() : a.getLastRow();
    }

    /** Whether (r, c) lies in a merged range it is not the top-left of. */
    boolean covered(int r, int c) {
        CellRangeAddress a = regions.get(id(r, c));
        return a != null && (a.getFirstRow() != r || a.getFirstColumn() != c);
    }

    /** {@code Sheet1!E12} for the top-left of the range holding p. */
    String ref(Pos p) {
        Pos t = top(p.row(), p.col());
        return new CellReference(t.row(), t.col()).formatAsString();
    }

    private Cell cell(Pos p) {
        Pos t = top(p.row(), p.col());
        Row row = sheet.getRow(t.row());
        return row == null ? null : row.getCell(t.col());
    }

    /** The value at p (the range's top-left when merged). */
    Value value(Pos p) {
        Cell c = cell(p);
        if (c == null) {
            return new Value(null, null, false, 0, null);
        }
        Comment comment = c.getCellComment();
        String note = comment == null || comment.getString() == null ? null : comment.getString().getString();
        CellType type = c.getCellType();
        if (type == CellType.FORMULA) {
            type = c.getCachedFormulaResultType();
        }
        switch (type) {
            case NUMERIC -> {
                double d = numeric(c, p);
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    return new Value("#NUM!", null, false, 0, note);
                }
                String fmt = c.getCellStyle() == null ? null : c.getCellStyle().getDataFormatString();
                return new Value(null, BigDecimal.valueOf(d), isPercent(fmt), decimals(fmt), note);
            }
            case STRING -> {
                return new Value(c.getStringCellValue(), null, false, 0, note);
            }
            case BOOLEAN -> {
                return new Value(c.getBooleanCellValue() ? "是" : "否", null, false, 0, note);
            }
            case ERROR -> {
                return new Value("#错误", null, false, 0, note);
            }
            default -> {
                return new Value(null, null, false, 0, note);
            }
        }
    }

    /**
     * A numeric cell's number. The file may say "number" and hold text (no spreadsheet program writes that, anyone
     * can): the whole import stops with the cell named, as the value cannot be taken for anything.
     */
    private double numeric(Cell c, Pos p) {
        try {
            return c.getNumericCellValue();
        } catch (IllegalStateException | NumberFormatException e) {
            throw new FormImportException(new ImportProblem(name, ref(p),
                    "单元格内容无法读取（标为数字的单元格中不是数字），请重新输入该单元格"), e);
        }
    }

    /** Folded text of the value at p, for label matching ("" when empty or a number). */
    String key(int r, int c) {
        long id = id(r, c);
        String k = keys.get(id);
        if (k == null) {
            Value v = value(new Pos(r, c));
            k = v.text() == null ? "" : Labels.key(v.text());
            keys.put(id, k);
        }
        return k;
    }

    /** The first top-left cell (rows from..to, all columns) whose key matches. */
    Pos find(Predicate<String> match, int fromRow, int toRow) {
        for (int r = Math.max(0, fromRow); r <= Math.min(lastRow, toRow); r++) {
            for (int c = 0; c <= lastCol; c++) {
                if (covered(r, c)) {
                    continue;
                }
                String k = key(r, c);
                if (!k.isEmpty() && match.test(k)) {
                    return new Pos(r, c);
                }
            }
        }
        return null;
    }

    /** The first cell whose key equals one of the labels (folded). */
    Pos findLabel(int fromRow, int toRow, String... labels) {
        for (String l : labels) {
            String k = Labels.key(l);
            Pos p = find(k::equals, fromRow, toRow);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    Pos findLabel(String... labels) {
        return findLabel(0, lastRow, labels);
    }

    /** The first cell whose key starts with one of the prefixes (folded). */
    Pos findPrefix(int fromRow, int toRow, String... prefixes) {
        for (String l : prefixes) {
            String k = Labels.key(l);
            Pos p = find(s -> s.startsWith(k), fromRow, toRow);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** The cell right of the range holding p, or {@code null} past the sheet's last column. */
    Pos right(Pos p) {
        int c = endCol(top(p.row(), p.col())) + 1;
        return c > lastCol ? null : top(p.row(), c);
    }

    /**
     * The value cell right of a label: the next range to the right, skipping up to three cells that do not
     * exist at all (hand-made sheets leave gaps; an existing blank cell, merged or styled, is a value left empty).
     */
    Pos rightValue(Pos p) {
        Pos r = right(p);
        for (int skipped = 0; r != null && skipped < 3 && absent(r); skipped++) {
            Pos next = right(r);
            if (next == null) {
                break;
            }
            r = next;
        }
        return r;
    }

    private boolean absent(Pos p) {
        if (regions.containsKey(id(p.row(), p.col()))) {
            return false;
        }
        Row row = sheet.getRow(p.row());
        return row == null || row.getCell(p.col()) == null;
    }

    /** The cell below the range holding p (same column). */
    Pos below(Pos p) {
        int r = endRow(top(p.row(), p.col())) + 1;
        return r > lastRow ? null : top(r, p.col());
    }

    private static boolean isPercent(String fmt) {
        if (fmt == null) {
            return false;
        }
        boolean quoted = false;
        for (int i = 0; i < fmt.length(); i++) {
            char ch = fmt.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == '\\') {
                i++;
            } else if (ch == '%' && !quoted) {
                return true;
            }
        }
        return false;
    }

    /** Decimals a number format shows ({@code 0.00"%"} → 2), 0 for General. */
    private static int decimals(String fmt) {
        if (fmt == null) {
            return 0;
        }
        int semicolon = fmt.indexOf(';');
        String f = semicolon >= 0 ? fmt.substring(0, semicolon) : fmt;
        boolean quoted = false;
        int n = -1;
        for (int i = 0; i < f.length(); i++) {
            char ch = f.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
                if (n >= 0) {
                    break;
                }
            } else if (!quoted && ch == '.' && n < 0) {
                n = 0;
            } else if (!quoted && n >= 0 && (ch == '0' || ch == '#' || ch == '?')) {
                n++;
            } else if (n >= 0) {
                break;
            }
        }
        return Math.max(0, n);
    }
}
