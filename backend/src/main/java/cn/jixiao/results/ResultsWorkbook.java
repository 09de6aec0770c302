package cn.jixiao.results;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The year's results application as a workbook: one row per signed form, amounts in 万元 with two decimals. */
final class ResultsWorkbook {

    private static final String[] HEADERS = {"单位", "险种", "表", "项目", "月份", "等级", "得分", "完成率(%)", "应用措施",
        "调减预算(万元)", "整改状态"};
    private static final java.util.Map<String, String> TYPE_LABELS = java.util.Map.of(
            "TARGET", "绩效目标表", "MONITORING", "绩效监控表", "EVALUATION", "绩效自评表");

    private ResultsWorkbook() {
    }

    static byte[] of(int year, List<ResultRow> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(year + "年度结果应用");
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(year + "年度社会保险基金绩效评价结果应用情况");
            title.getCell(0).setCellStyle(head);
            Row header = sheet.createRow(1);
            for (int c = 0; c < HEADERS.length; c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(HEADERS[c]);
                cell.setCellStyle(head);
            }
            int r = 2;
            for (ResultRow row : rows) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(row.unit());
                line.createCell(1).setCellValue(row.fundLabel());
                line.createCell(2).setCellValue(TYPE_LABELS.getOrDefault(row.formType(), row.formType()));
                line.createCell(3).setCellValue(row.project());
                if (row.monitorMonth() != null) {
                    line.createCell(4).setCellValue(row.monitorMonth() + "月");
                }
                line.createCell(5).setCellValue(row.grade() == null ? "" : row.grade());
                number(line, 6, row.score(), money);
                number(line, 7, row.completion(), money);
                line.createCell(8).setCellValue(row.measures().stream().map(Application::measureLabel)
                        .collect(Collectors.joining("、")));
                BigDecimal cut = row.measures().stream().map(Application::amount).filter(a -> a != null)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (cut.signum() > 0) {
                    number(line, 9, cut, money);
                }
                line.createCell(10).setCellValue(row.rectificationLabel());
            }
            for (int c = 0; c < HEADERS.length; c++) {
                sheet.setColumnWidth(c, c == 3 ? 40 * 256 : 14 * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void number(Row line, int column, BigDecimal value, CellStyle style) {
        if (value != null) {
            Cell cell = line.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }
    }
}
