package cn.jixiao.export;

import cn.jixiao.document.FillingNote;
import cn.jixiao.document.FormDocument;
import cn.jixiao.document.FormType;
import cn.jixiao.document.Indicator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Blank .xlsx templates per form type, in the export's layout: the cells to fill are shaded yellow, the
 * indicator table is pre-filled with the 财预〔2020〕10号 framework (一级/二级指标; rows left empty are ignored on
 * import, rows may be inserted), 基金险种 offers a drop-down list. {@link FormXlsxImporter} reads a filled one.
 * Stateless and thread-safe.
 */
public final class FormTemplates {

    /** The indicator framework a blank template offers: level1, level2, rows. */
    private static final String[][] FRAMEWORK = {
        {"产出指标", "数量指标", "3"},
        {"产出指标", "质量指标", "2"},
        {"产出指标", "时效指标", "1"},
        {"产出指标", "成本指标", "1"},
        {"效益指标", "社会效益指标", "2"},
        {"效益指标", "可持续影响指标", "1"},
        {"满意度指标", "服务对象满意度指标", "1"},
    };

    private static final String HELP_TITLE = "填表说明";

    /** The blank template of a type. */
    public byte[] template(FormType type) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        template(type, out);
        return out.toByteArray();
    }

    /** The blank template of a type, written to {@code out} (not closed). */
    public void template(FormType type, OutputStream out) {
        Objects.requireNonNull(type, "type");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XlsxRenderer renderer = new XlsxRenderer(wb);
            FormDocument skeleton = skeleton(type);
            Grid table = FormLayout.templateTable(skeleton);
            Sheet sheet = wb.createSheet(type.label());
            renderer.setUp(sheet, table);
            int next = renderer.render(sheet, table, 0, true);
            Grid report = FormLayout.report(skeleton, true);
            if (report != null) {
                renderer.render(sheet, report, next + 1, true);
            }
            Sheet help = wb.createSheet(HELP_TITLE);
            help.setColumnWidth(0, 100 * 256);
            help.createRow(0).createCell(0).setCellValue(HELP_TITLE);
            List<FillingNote> notes = Arrays.stream(FillingNote.values()).filter(n -> n.types().contains(type)).toList();
            for (int i = 0; i < notes.size(); i++) {
                Row r = help.createRow(i + 1);
                r.createCell(0).setCellValue((i + 1) + ". " + notes.get(i).text());
            }
            wb.setActiveSheet(0);
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file name to offer: {@code 绩效监控情况表-模板.xlsx}. */
    public static String fileName(FormType type) {
        return type.label() + "-模板.xlsx";
    }

    static FormDocument skeleton(FormType type) {
        List<Indicator> rows = new ArrayList<>();
        for (String[] f : FRAMEWORK) {
            for (int i = 0; i < Integer.parseInt(f[2]); i++) {
                rows.add(Indicator.of(f[0], f[1], null, null, null));
            }
        }
        return new FormDocument(FormDocument.SCHEMA, type, null, null, null, null, null, Labels.DEFAULT_UNIT, null,
                null, rows, null, null, null);
    }
}
