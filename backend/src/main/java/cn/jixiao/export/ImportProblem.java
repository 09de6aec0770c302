package cn.jixiao.export;

/**
 * One thing wrong in an imported spreadsheet, located by sheet and cell: {@code Sheet1!E12: 到位数 不是数字（“十二万”）}.
 *
 * @param sheet   the sheet's name, {@code null} when the file as a whole is at fault
 * @param cell    the cell in A1 notation ({@code E12}), {@code null} when no single cell is at fault
 * @param message a Chinese sentence naming the field
 */
public record ImportProblem(String sheet, String cell, String message) {

    /** {@code Sheet1!E12} (or just the sheet, or empty). */
    public String location() {
        if (sheet == null) {
            return "";
        }
        return cell == null ? sheet : sheet + "!" + cell;
    }

    @Override
    public String toString() {
        String loc = location();
        return loc.isEmpty() ? message : loc + ": " + message;
    }
}
