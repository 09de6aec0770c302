package cn.jixiao.export;

import cn.jixiao.document.FormDocument;
import cn.jixiao.document.FormType;
import cn.jixiao.document.Fund;
import cn.jixiao.document.Indicator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Imports filled templates, edited exports and hand-made sheets, and the errors that name the cell. */
class FormXlsxImporterTest {

    private final FormXlsxImporter importer = new FormXlsxImporter();
    private final FormXlsxExporter exporter = new FormXlsxExporter();

    static Cell put(Sheet s, String ref, Object value) {
        CellReference r = new CellReference(ref);
        Row row = s.getRow(r.getRow()) == null ? s.createRow(r.getRow()) : s.getRow(r.getRow());
        Cell c = row.getCell(r.getCol()) == null ? row.createCell(r.getCol()) : row.getCell(r.getCol());
        if (value instanceof Number n) {
            c.setCellValue(n.doubleValue());
        } else {
            c.setCellValue((String) value);
        }
        return c;
    }

    static byte[] bytes(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    /** The row (1-based) of the first cell whose text is {@code text}. */
    static int rowOf(Sheet s, String text) {
        Cell c = FormXlsxExporterTest.find(s, text);
        assertThat(c).as("cell " + text).isNotNull();
        return c.getRowIndex() + 1;
    }

    @Test
    void aWrongNumberIsReportedWithSheetAndCell() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook wb = FormXlsxExporterTest.open(exporter.export(Fixtures.load(Fixtures.MONITORING), null))) {
            wb.setSheetName(0, "Sheet1");
            put(wb.getSheetAt(0), "F9", "十二万");
            xlsx = bytes(wb);
        }
        FormImportException e = catchThrowableOfType(() -> importer.read(xlsx), FormImportException.class);
        assertThat(e).isNotNull();
        assertThat(e.problems()).containsExactly(new ImportProblem("Sheet1", "F9", "到位数 不是数字（“十二万”）"));
        assertThat(e.problems().get(0).toString()).isEqualTo("Sheet1!F9: 到位数 不是数字（“十二万”）");
        assertThat(e.getMessage()).isEqualTo("Sheet1!F9: 到位数 不是数字（“十二万”）");
    }

    @Test
    void everyProblemIsReportedAtOnceInSheetOrder() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook wb = FormXlsxExporterTest.open(exporter.export(Fixtures.load(Fixtures.MONITORING), null))) {
            Sheet s = wb.getSheetAt(0);
            put(s, "C7", "养老金");
            put(s, "F7", "二〇二〇");
            put(s, "E10", "1,23,4");
            put(s, "G17", "八成");
            put(s, "G9", "100元");
            xlsx = bytes(wb);
        }
        FormImportException e = catchThrowableOfType(() -> importer.read(xlsx), FormImportException.class);
        assertThat(e.problems()).extracting(ImportProblem::location).containsExactly(
                "绩效监控情况表!C7", "绩效监控情况表!F7", "绩效监控情况表!G9", "绩效监控情况表!E10",
                "绩效监控情况表!G17");
        assertThat(e.problems()).extracting(ImportProblem::message).containsExactly(
                "基金险种 无法识别（“养老金”），应为 企业职工基本养老保险、机关事业单位养老保险、城乡居民基本养老保险、"
                        + "城镇职工基本医疗保险(含生育)、城乡居民基本医疗保险、工伤保险、失业保险、生育保险、社会保险基金(综合)",
                "年度 不是整数（“二〇二〇”）",
                "执行数 金额单位应为万元（“100元”）",
                "预算数（其中：财政资金） 不是数字（“1,23,4”）",
                "指标“参保缴费人数”的指标完成率 不是数字（“八成”）");
    }

    @Test
    void notAWorkbookIsOneProblemWithoutACell() {
        FormImportException e = catchThrowableOfType(
                () -> importer.read("not a spreadsheet".getBytes(StandardCharsets.UTF_8)), FormImportException.class);
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).sheet()).isNull();
        assertThat(e.problems().get(0).message()).contains("不是有效的 Excel 工作簿");
    }

    @Test
    void aWorkbookWithoutAFormTitleIsRejected() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            put(wb.createSheet("数据"), "A1", "随便一张表");
            xlsx = bytes(wb);
        }
        FormImportException e = catchThrowableOfType(() -> importer.read(xlsx), FormImportException.class);
        assertThat(e.problems()).extracting(ImportProblem::toString)
                .containsExactly("数据!A1: 未找到绩效目标表、绩效监控情况表或绩效自评表（表头标题应含表名）");
    }

    @Test
    void aComputedValueSomeoneChangedCountsAsStated() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook wb = FormXlsxExporterTest.open(exporter.export(Fixtures.load(Fixtures.MONITORING), null))) {
            // H9 holds the computed 72.58 with its note; the filer overwrites it with what their table says
            put(wb.getSheetAt(0), "H9", 0.726);
            xlsx = bytes(wb);
        }
        FormDocument doc = importer.read(xlsx);
        assertThat(doc.budget().executionRate()).isEqualByComparingTo("72.6");
    }

    @Test
    void aFilledMonitoringTemplateWithTheVariationsOfRealFiles() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook wb = FormXlsxExporterTest.open(new FormTemplates().template(FormType.MONITORING))) {
            Sheet s = wb.getSheetAt(0);
            put(s, "C5", "  喀什地区本级企业职工基本养老保险基金支出项目　 ");         // spaces, full-width too
            put(s, "F6", "喀什地区社会保险管理局本级 ");
            put(s, "C7", "企业职工基本养老保险基金");                             // the label inside a longer text
            put(s, "F7", "2020年");                                            // year with 年
            put(s, "H7", "1-9月");                                             // month as a period
            put(s, "E9", "２２２，５９３．００");                                  // full-width digits and separators
            put(s, "F9", "161,556万元");                                        // thousands separator and 万元
            put(s, "G9", "161556 ");                                           // a number stored as text
            Cell rate = put(s, "H9", 0.7258);                                  // typed as 72.58% in Excel
            CellStyle pct = wb.createCellStyle();
            pct.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
            rate.setCellStyle(pct);
            put(s, "E10", 222593);
            put(s, "F10", "161556.00");
            put(s, "G10", "１６１５５６");
            put(s, "E11", "—");                                                // placeholder for nothing
            put(s, "A14", "确保离退休人员按期足额领取养老金待遇。");
            put(s, "D14", "按时足额发放各项社会保险待遇。");
            put(s, "G14", "77%");
            // indicator rows: the template's framework rows start at row 17; 数量指标 ×3, 质量指标 ×2, …
            put(s, "C17", "参保缴费人数");
            put(s, "E17", "13.85万人");
            put(s, "F17", "15.92万人 ");
            put(s, "G17", "86%");
            put(s, "C18", "保障退休待遇人数");
            put(s, "E18", "6.14万人");
            put(s, "F18", "5.95万人");
            put(s, "G18", 73);
            // row 19 (a third 数量指标 row) stays empty and is skipped
            Cell percentTarget = put(s, "E20", 1);                            // 100% typed into a text cell
            percentTarget.setCellStyle(pct);
            put(s, "C20", "基金使用符合政策规定");
            put(s, "F20", "100%");
            put(s, "G20", "75");
            put(s, "C27", "离退休人员满意度");
            put(s, "E27", "≥95%");
            put(s, "H27", "未达监控节点");
            int filler = rowOf(s, "填报人：");
            put(s, "C" + filler, "张三");
            put(s, "F" + filler, 13999001234L);                                // a phone typed as a number
            int reason = rowOf(s, "四、偏差原因");
            put(s, "A" + (reason + 1), "无");
            put(s, "C" + (reason + 2), "经费、制度");
            xlsx = bytes(wb);
        }
        FormDocument doc = importer.read(xlsx);
        assertThat(doc.type()).isEqualTo(FormType.MONITORING);
        assertThat(doc.schema()).isEqualTo(FormDocument.SCHEMA);
        assertThat(doc.project()).isEqualTo("喀什地区本级企业职工基本养老保险基金支出项目");
        assertThat(doc.unit()).isEqualTo("喀什地区社会保险管理局本级");
        assertThat(doc.fund()).isEqualTo(Fund.ENTERPRISE_PENSION);
        assertThat(doc.year()).isEqualTo(2020);
        assertThat(doc.monitorMonth()).isEqualTo(9);
        assertThat(doc.amountUnit()).isEqualTo("万元");
        assertThat(doc.budget().planned().total()).isEqualByComparingTo("222593");
        assertThat(doc.budget().arrived().total()).isEqualByComparingTo("161556");
        assertThat(doc.budget().executed().total()).isEqualByComparingTo("161556");
        assertThat(doc.budget().executionRate()).isEqualByComparingTo("72.58");
        assertThat(doc.budget().executionRate().scale()).as("stated precision kept").isEqualTo(2);
        assertThat(doc.budget().planned().main()).isEqualByComparingTo("222593");
        assertThat(doc.budget().arrived().main()).isEqualByComparingTo("161556");
        assertThat(doc.budget().executed().main()).isEqualByComparingTo("161556");
        assertThat(doc.budget().planned().other()).isNull();
        assertThat(doc.goal().expected()).isEqualTo("确保离退休人员按期足额领取养老金待遇。");
        assertThat(doc.goal().actual()).isEqualTo("按时足额发放各项社会保险待遇。");
        assertThat(doc.goal().completionRate()).isEqualByComparingTo("77");
        assertThat(doc.indicators()).hasSize(4);
        Indicator first = doc.indicators().get(0);
        assertThat(first.level1()).isEqualTo("产出指标");
        assertThat(first.level2()).isEqualTo("数量指标");
        assertThat(first.name()).isEqualTo("参保缴费人数");
        assertThat(first.target()).isEqualTo("13.85万人");
        assertThat(first.actual()).isEqualTo("15.92万人");
        assertThat(first.completionRate()).isEqualByComparingTo("86");
        assertThat(first.notDue()).isNull();
        assertThat(doc.indicators().get(1).completionRate()).isEqualByComparingTo("73");
        Indicator quality = doc.indicators().get(2);
        assertThat(quality.level2()).isEqualTo("质量指标");
        assertThat(quality.target()).isEqualTo("100%");
        assertThat(quality.completionRate()).isEqualByComparingTo("75");
        Indicator satisfaction = doc.indicators().get(3);
        assertThat(satisfaction.level1()).isEqualTo("满意度指标");
        assertThat(satisfaction.level2()).isEqualTo("服务对象满意度指标");
        assertThat(satisfaction.notDue()).isTrue();
        assertThat(satisfaction.completionRate()).isNull();
        assertThat(doc.deviation().reason()).isEqualTo("无");
        assertThat(doc.deviation().measures()).isNull();
        assertThat(doc.deviation().categories()).containsExactly("经费", "制度");
        assertThat(doc.filler().name()).isEqualTo("张三");
        assertThat(doc.filler().phone()).isEqualTo("13999001234");
        assertThat(doc.report()).isNull();
    }

    @Test
    void aHandMadeTargetTableIsReadByItsLabels() throws IOException {
        // not made by jixiao: other positions, spaced labels, levels written once and not merged, text numbers
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("目标表");
            put(s, "B2", "2021年度 喀什地区城乡居民养老保险 绩效目标表");
            s.addMergedRegion(CellRangeAddress.valueOf("B2:H2"));
            put(s, "B3", "填报单位（公章）：喀什地区人力资源和社会保障局");
            put(s, "G3", "金额单位：万元");
            put(s, "B4", "项 目 名 称");
            put(s, "D4", "喀什地区城乡居民养老保险基金支出项目");
            put(s, "B5", "险种");
            put(s, "D5", "城乡居民基本养老保险");
            put(s, "B6", "年度资金总额：");
            put(s, "D6", "61,822.00");
            put(s, "B7", "其中：社保基金");
            put(s, "D7", 61822);
            put(s, "B8", "其他资金");
            put(s, "D8", "0");
            put(s, "B9", "年度总体目标");
            put(s, "D9", "确保退休人员按期足额领取养老金待遇。");
            put(s, "B11", "一级指标");
            put(s, "C11", "二级指标");
            put(s, "D11", "三级指标");
            put(s, "E11", "指标值");
            put(s, "B12", "产出指标");
            put(s, "C12", "数量指标");
            put(s, "D12", "个人缴费人数");
            put(s, "E12", "179.91万人");
            put(s, "D13", "财政缴费补贴人数");
            put(s, "E13", "182.74万人");
            put(s, "C14", "质量指标");
            put(s, "D14", "养老金首次转移成功率");
            put(s, "E14", "≥95%");
            put(s, "B15", "满意度指标");
            put(s, "C15", "满意度指标");
            put(s, "D15", "退休人员满意度");
            put(s, "E15", "≥95%");
            put(s, "B17", "填报人：李四");
            put(s, "E17", "联系电话：0998-2812345");
            xlsx = bytes(wb);
        }
        FormDocument doc = importer.read(xlsx);
        assertThat(doc.type()).isEqualTo(FormType.TARGET);
        assertThat(doc.year()).isEqualTo(2021);
        assertThat(doc.project()).isEqualTo("喀什地区城乡居民养老保险基金支出项目");
        assertThat(doc.unit()).as("from 填报单位 when there is no 实施单位").isEqualTo("喀什地区人力资源和社会保障局");
        assertThat(doc.fund()).isEqualTo(Fund.RESIDENT_PENSION);
        assertThat(doc.budget().planned().total()).isEqualByComparingTo("61822");
        assertThat(doc.budget().planned().main()).isEqualByComparingTo("61822");
        assertThat(doc.budget().planned().other()).isEqualByComparingTo("0");
        assertThat(doc.budget().arrived()).isNull();
        assertThat(doc.goal().expected()).isEqualTo("确保退休人员按期足额领取养老金待遇。");
        assertThat(doc.indicators()).extracting(Indicator::level1, Indicator::level2, Indicator::name,
                Indicator::target).containsExactly(
                org.assertj.core.groups.Tuple.tuple("产出指标", "数量指标", "个人缴费人数", "179.91万人"),
                org.assertj.core.groups.Tuple.tuple("产出指标", "数量指标", "财政缴费补贴人数", "182.74万人"),
                org.assertj.core.groups.Tuple.tuple("产出指标", "质量指标", "养老金首次转移成功率", "≥95%"),
                org.assertj.core.groups.Tuple.tuple("满意度指标", "满意度指标", "退休人员满意度", "≥95%"));
        assertThat(doc.indicators()).allSatisfy(i -> assertThat(i.actual()).isNull());
        assertThat(doc.deviation()).isNull();
        assertThat(doc.filler().name()).isEqualTo("李四");
        assertThat(doc.filler().phone()).isEqualTo("0998-2812345");
    }

    @Test
    void evaluationWeightsAndQualitativeLevelsRoundTripWhenStated() {
        FormDocument base = Fixtures.load(Fixtures.EVALUATION);
        List<Indicator> inds = new java.util.ArrayList<>(base.indicators());
        Indicator i0 = inds.get(0);
        inds.set(0, new Indicator(i0.level1(), i0.level2(), i0.name(), i0.target(), i0.actual(), null, null, null,
                null, new java.math.BigDecimal("8"), null));
        Indicator i11 = inds.get(11);
        inds.set(11, new Indicator(i11.level1(), i11.level2(), i11.name(), i11.target(), i11.actual(), null, null,
                null, null, null, cn.jixiao.document.QualitativeLevel.PARTIALLY_ACHIEVED));
        FormDocument doc = new FormDocument(base.schema(), base.type(), base.year(), null, base.unit(),
                base.project(), base.fund(), base.amountUnit(), base.budget(), base.goal(), inds,
                new cn.jixiao.document.Deviation("执行率超出预算", "加强预算编制", null), base.report(),
                new cn.jixiao.document.Filler("王五", "0998-1234567"));
        FormDocument back = importer.read(exporter.export(doc, null));
        assertThat(Fixtures.differences(doc, back)).isEmpty();
        assertThat(back.indicators().get(0).weight()).isEqualByComparingTo("8");
        assertThat(back.indicators().get(1).weight()).as("default share, computed").isNull();
        assertThat(back.indicators().get(11).qualitativeLevel())
                .isEqualTo(cn.jixiao.document.QualitativeLevel.PARTIALLY_ACHIEVED);
    }

    @Test
    void monitoringForecastLikelihoodAndCategoriesRoundTrip() {
        FormDocument base = Fixtures.load(Fixtures.MONITORING);
        List<Indicator> inds = new java.util.ArrayList<>(base.indicators());
        Indicator i1 = inds.get(1);
        inds.set(1, new Indicator(i1.level1(), i1.level2(), i1.name(), i1.target(), i1.actual(),
                i1.completionRate(), null, "6.0万人", cn.jixiao.document.Likelihood.POSSIBLE, null, null));
        FormDocument doc = new FormDocument(base.schema(), base.type(), base.year(), base.monitorMonth(),
                base.unit(), base.project(), base.fund(), base.amountUnit(), base.budget(), base.goal(), inds,
                new cn.jixiao.document.Deviation("退休人数少于预期", "加强待遇核查", List.of("人员", "其他")),
                null, new cn.jixiao.document.Filler("张三", "13999001234"));
        FormDocument back = importer.read(exporter.export(doc, null));
        assertThat(Fixtures.differences(doc, back)).isEmpty();
        assertThat(back.indicators().get(1).likelihood()).isEqualTo(cn.jixiao.document.Likelihood.POSSIBLE);
        assertThat(back.deviation().categories()).containsExactly("人员", "其他");
    }
}
