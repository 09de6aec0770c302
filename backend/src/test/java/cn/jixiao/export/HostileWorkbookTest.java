package cn.jixiao.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.jixiao.document.DocumentLimits;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * Workbooks no spreadsheet program writes but anyone can make: a numeric cell holding text, a formula whose cached
 * result is not a number, more rows than are read, more indicators than a form may hold. Each is a problem naming
 * the cell (or the field), never an exception that escapes.
 */
class HostileWorkbookTest {

    final FormXlsxImporter importer = new FormXlsxImporter();
    final FormXlsxExporter exporter = new FormXlsxExporter();

    interface Edit {
        void apply(Sheet sheet);
    }

    FormImportException refused(Edit edit) throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook wb = FormXlsxExporterTest.open(exporter.export(Fixtures.load(Fixtures.MONITORING), null))) {
            wb.setSheetName(0, "Sheet1");
            edit.apply(wb.getSheetAt(0));
            xlsx = FormXlsxImporterTest.bytes(wb);
        }
        FormImportException e = catchThrowableOfType(() -> importer.read(xlsx), FormImportException.class);
        assertThat(e).as("import refused").isNotNull();
        return e;
    }

    static XSSFCell cell(Sheet sheet, String ref) {
        return (XSSFCell) FormXlsxImporterTest.put(sheet, ref, 1);
    }

    @Test
    void textInANumericCellNamesTheCell() throws IOException {
        FormImportException e = refused(s -> cell(s, "F9").getCTCell().setV("十二万"));

        assertThat(e.problems()).extracting(ImportProblem::toString)
                .containsExactly("Sheet1!F9: 单元格内容无法读取（标为数字的单元格中不是数字），请重新输入该单元格");
    }

    @Test
    void aFormulaWhoseCachedResultIsNotANumberNamesTheCell() throws IOException {
        FormImportException e = refused(s -> {
            XSSFCell c = cell(s, "F9");
            c.setCellFormula("1/0");
            c.getCTCell().setV("#DIV/0!");
        });

        assertThat(e.problems()).extracting(ImportProblem::location).containsExactly("Sheet1!F9");
    }

    @Test
    void anErrorCellWithAnUnknownCodeNamesTheCell() throws IOException {
        FormImportException e = refused(s -> {
            XSSFCell c = cell(s, "F9");
            c.getCTCell().setT(STCellType.E);
            c.getCTCell().setV("#GIBBERISH");
        });

        assertThat(e.problems()).extracting(ImportProblem::location).containsExactly("Sheet1!F9");
    }

    @Test
    void contentBelowTheRowsThatAreReadIsRefusedNotCut() throws IOException {
        FormImportException e = refused(s -> FormXlsxImporterTest.put(s, "B2501", "多出来的一行"));

        assertThat(e.problems()).extracting(ImportProblem::toString)
                .containsExactly("Sheet1!B2501: 工作表超过 2000 行，其后的内容无法导入，请删去多余的行");
    }

    @Test
    void moreIndicatorsThanAFormMayHoldAreRefused() throws IOException {
        FormImportException e = refused(s -> {
            Cell name = FormXlsxExporterTest.find(s, "参保缴费人数");
            int first = name.getRowIndex();
            s.shiftRows(first + 1, s.getLastRowNum(), DocumentLimits.ROWS);
            for (int i = 1; i <= DocumentLimits.ROWS; i++) {
                Row row = s.createRow(first + i);
                for (Cell c : s.getRow(first)) {
                    row.createCell(c.getColumnIndex()).setCellValue(
                            c.getColumnIndex() == name.getColumnIndex() ? "指标" + i : "≥1人");
                }
            }
        });

        assertThat(e.problems()).extracting(ImportProblem::message)
                .anyMatch(m -> m.startsWith("字段 indicators 过多：") && m.endsWith("最多 200 项"));
    }
}
