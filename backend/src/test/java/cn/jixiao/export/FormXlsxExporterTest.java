package cn.jixiao.export;

import cn.jixiao.document.FormDocument;
import cn.jixiao.validation.Computed;
import cn.jixiao.validation.FormValidator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Reads exported workbooks back with POI and checks cells, formats, merged ranges and the signed footer. */
class FormXlsxExporterTest {

    private static final DataFormatter FMT = new DataFormatter();
    private final FormXlsxExporter exporter = new FormXlsxExporter();

    static XSSFWorkbook open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    static Cell cell(Sheet s, String ref) {
        CellReference r = new CellReference(ref);
        Row row = s.getRow(r.getRow());
        return row == null ? null : row.getCell(r.getCol());
    }

    static String shown(Sheet s, String ref) {
        Cell c = cell(s, ref);
        return c == null ? "" : FMT.formatCellValue(c);
    }

    static boolean merged(Sheet s, String range) {
        CellRangeAddress want = CellRangeAddress.valueOf(range);
        return s.getMergedRegions().stream().anyMatch(a -> a.formatAsString().equals(want.formatAsString()));
    }

    /** The first cell whose text is {@code text} (row-major), or null. */
    static Cell find(Sheet s, String text) {
        for (Row r : s) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                    return c;
                }
            }
        }
        return null;
    }

    static List<String> texts(Sheet s) {
        List<String> out = new ArrayList<>();
        for (Row r : s) {
            for (Cell c : r) {
                String t = FMT.formatCellValue(c);
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    @Test
    void monitoringTableIsTheOfficialAttachment1Layout() throws IOException {
        FormDocument doc = Fixtures.load(Fixtures.MONITORING);
        try (XSSFWorkbook wb = open(exporter.export(doc, ExportMeta.none()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("绩效监控情况表");
            assertThat(shown(s, "A1")).isEqualTo("附件1");
            assertThat(shown(s, "A2")).isEqualTo("2020年度社会保险基金支出绩效监控情况表");
            assertThat(merged(s, "A2:H2")).isTrue();
            assertThat(shown(s, "A3")).isEqualTo("填报单位（公章）：喀什地区社会保险管理局本级");
            assertThat(shown(s, "F3")).isEqualTo("金额单位：万元");
            assertThat(shown(s, "A4")).isEqualTo("一、基本情况");
            assertThat(shown(s, "A5")).isEqualTo("项目名称");
            assertThat(shown(s, "C5")).isEqualTo("喀什地区本级企业职工基本养老保险基金支出项目");
            assertThat(merged(s, "C5:H5")).isTrue();
            assertThat(shown(s, "A6")).isEqualTo("主管部门");
            assertThat(shown(s, "E6")).isEqualTo("实施单位");
            assertThat(shown(s, "F6")).isEqualTo("喀什地区社会保险管理局本级");
            assertThat(shown(s, "C7")).isEqualTo("企业职工基本养老保险");
            assertThat(shown(s, "F7")).isEqualTo("2020");
            assertThat(shown(s, "H7")).isEqualTo("9");

            // 资金情况: 预算数 / 到位数 / 执行数 with 其中主要来源 / 其他, 执行率 merged over the three lines
            assertThat(shown(s, "A8")).isEqualTo("资金情况（万元）");
            assertThat(merged(s, "A8:B11")).isTrue();
            assertThat(List.of(shown(s, "E8"), shown(s, "F8"), shown(s, "G8"), shown(s, "H8")))
                    .containsExactly("预算数", "到位数", "执行数", "执行率");
            assertThat(List.of(shown(s, "C9"), shown(s, "C10"), shown(s, "C11")))
                    .containsExactly("年度资金总额", "其中：财政资金", "其他资金");
            Cell planned = cell(s, "E9");
            assertThat(planned.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(planned.getNumericCellValue()).isEqualTo(222593.0);
            assertThat(planned.getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(shown(s, "E9")).isEqualTo("222593.00");
            assertThat(shown(s, "F9")).isEqualTo("161556.00");
            assertThat(shown(s, "G10")).isEqualTo("161556.00");
            assertThat(shown(s, "E11")).isEmpty();
            // 执行率 is not stated on this table: the computed 72.58 % is filled in and marked
            assertThat(merged(s, "H9:H11")).isTrue();
            assertThat(shown(s, "H9")).isEqualTo("72.58%");
            assertThat(cell(s, "H9").getNumericCellValue()).isEqualTo(0.7258);
            assertThat(cell(s, "H9").getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(cell(s, "H9").getCellComment().getString().getString()).startsWith("系统计算值：72.58");

            // 二、年度预期目标 / 目前完成情况 / 总体完成率 (stated 77 %, no note)
            assertThat(List.of(shown(s, "A13"), shown(s, "D13"), shown(s, "G13")))
                    .containsExactly("年度预期目标", "目前完成情况", "总体完成率");
            assertThat(shown(s, "A14")).startsWith("聚焦总目标");
            assertThat(merged(s, "A14:C14")).isTrue();
            assertThat(shown(s, "G14")).isEqualTo("77%");
            assertThat(cell(s, "G14").getCellStyle().getDataFormatString()).isEqualTo("0%");
            assertThat(cell(s, "G14").getCellComment()).isNull();

            // 三、绩效指标: levels merged as on paper
            assertThat(shown(s, "A15")).isEqualTo("三、绩效指标完成情况");
            assertThat(List.of(shown(s, "A16"), shown(s, "B16"), shown(s, "C16"), shown(s, "E16"), shown(s, "F16"),
                    shown(s, "G16"), shown(s, "H16")))
                    .containsExactly("一级指标", "二级指标", "三级指标", "预期指标值", "指标完成值", "指标完成率", "备注");
            assertThat(merged(s, "A17:A26")).as("产出指标 over its 10 rows").isTrue();
            assertThat(merged(s, "B17:B22")).as("数量指标 over 6 rows").isTrue();
            assertThat(merged(s, "B23:B26")).as("质量指标 over 4 rows").isTrue();
            assertThat(merged(s, "A27:A28")).as("效益指标").isTrue();
            assertThat(shown(s, "C17")).isEqualTo("参保缴费人数");
            assertThat(shown(s, "E17")).isEqualTo("13.85万人");
            assertThat(shown(s, "F17")).isEqualTo("15.92万人");
            assertThat(shown(s, "G17")).isEqualTo("86%");
            assertThat(shown(s, "E21")).isEqualTo("105%≤≥95%");
            assertThat(shown(s, "A29")).isEqualTo("满意度指标");
            assertThat(shown(s, "H29")).isEqualTo("未达监控节点");
            assertThat(shown(s, "G29")).isEmpty();
            assertThat(shown(s, "A30")).isEqualTo("四、偏差原因");
            assertThat(shown(s, "A32")).isEqualTo("偏差原因类别");
            assertThat(shown(s, "A33")).isEqualTo("五、采取的措施");
            assertThat(shown(s, "A35")).isEqualTo("填报人：");
            assertThat(shown(s, "E35")).isEqualTo("联系电话：");
            assertThat(shown(s, "A36")).isEqualTo("单位负责人（签字）：\n日期：");
            assertThat(s.getLastRowNum()).as("no signature footer without metadata, only the block to sign")
                    .isEqualTo(35);
        }
    }

    @Test
    void statedRatesKeepTheirDecimals() throws IOException {
        FormDocument doc = Fixtures.load(Fixtures.MONITORING_MEDICAL);
        try (XSSFWorkbook wb = open(exporter.export(doc, ExportMeta.none()))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(shown(s, "H9")).isEqualTo("68.77%");
            assertThat(cell(s, "H9").getCellComment()).as("stated, not computed").isNull();
            assertThat(shown(s, "E9")).isEqualTo("165692.15");
            assertThat(shown(s, "E11")).isEqualTo("0.00");
        }
    }

    @Test
    void signedFormFooterNamesSignerTimeAndSnapshotHash() throws IOException {
        FormDocument doc = Fixtures.load(Fixtures.MONITORING);
        String sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        ExportMeta meta = new ExportMeta("1024", "已签发", "喀什地区社会保险管理局(本级)", "阿依古丽",
                OffsetDateTime.parse("2020-10-12T04:30:00Z"), sha);
        try (XSSFWorkbook wb = open(exporter.export(doc, meta))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(shown(s, "A3")).isEqualTo("填报单位（公章）：喀什地区社会保险管理局(本级)");
            assertThat(texts(s)).contains("表单编号：1024　状态：已签发",
                    "签发人：阿依古丽　签发时间：2020-10-12 12:30（北京时间）",
                    "签发快照 SHA-256：" + sha);
            Cell signer = find(s, "签发人：阿依古丽　签发时间：2020-10-12 12:30（北京时间）");
            assertThat(merged(s, new CellRangeAddress(signer.getRowIndex(), signer.getRowIndex(), 0, 7)
                    .formatAsString())).isTrue();
        }
    }

    @Test
    void evaluationTableHasScoresTotalGradeAndTheReport() throws IOException {
        FormDocument doc = Fixtures.load(Fixtures.EVALUATION);
        Computed computed = new FormValidator().validate(doc).computed();
        try (XSSFWorkbook wb = open(exporter.export(doc, ExportMeta.none()))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("绩效自评表");
            assertThat(shown(s, "A1")).isEqualTo("2020年度社会保险基金支出绩效自评表");
            assertThat(shown(s, "F2")).isEqualTo("金额单位：万元");
            // 10号 layout: 年度预算数 / 全年执行数 / 分值 / 执行率 / 得分
            assertThat(List.of(shown(s, "D6"), shown(s, "E6"), shown(s, "F6"), shown(s, "G6"), shown(s, "H6")))
                    .containsExactly("年度预算数", "全年执行数", "分值", "执行率", "得分");
            assertThat(merged(s, "A6:B9")).isTrue();
            assertThat(shown(s, "C7")).isEqualTo("年度资金总额");
            assertThat(shown(s, "D7")).isEqualTo("6061.54");
            assertThat(shown(s, "E7")).isEqualTo("6061.54");
            assertThat(shown(s, "F7")).isEqualTo("10");
            assertThat(shown(s, "G7")).isEqualTo("100%");
            assertThat(cell(s, "G7").getCellComment().getString().getString()).startsWith("系统计算值：100");
            assertThat(shown(s, "H7")).isEqualTo("10");
            assertThat(shown(s, "C8")).isEqualTo("其中：社保基金");

            Cell header = find(s, "三级指标");
            int first = header.getRowIndex() + 1;
            assertThat(shown(s, "A" + (first))).isEqualTo("绩效指标");
            assertThat(merged(s, "A" + first + ":A" + (first + doc.indicators().size()))).isTrue();
            double weights = 10;
            double scores = cell(s, "H7").getNumericCellValue();
            for (int i = 0; i < doc.indicators().size(); i++) {
                int row = first + 1 + i;
                assertThat(shown(s, "D" + row)).isEqualTo(doc.indicators().get(i).name());
                weights += cell(s, "G" + row).getNumericCellValue();
                scores += cell(s, "H" + row).getNumericCellValue();
            }
            assertThat(weights).isCloseTo(100, within(0.1));
            Cell total = find(s, "总分");
            CellAddress t = total.getAddress();
            int totalRow = t.getRow() + 1;
            assertThat(shown(s, "G" + totalRow)).isEqualTo("100");
            assertThat(new BigDecimal(shown(s, "H" + totalRow))).isEqualByComparingTo(computed.score());
            assertThat(scores).isCloseTo(computed.score().doubleValue(), within(0.1));
            assertThat(shown(s, "A" + (totalRow + 1))).isEqualTo("自评等级");
            assertThat(shown(s, "G" + (totalRow + 1))).isEqualTo(computed.grade());

            // the 绩效评价报告 below the table
            List<String> texts = texts(s);
            assertThat(texts).contains("附：绩效评价报告", "基金收入合计", "11346.26", "社会保险费收入", "3943.67",
                    "基金支出合计", "年末滚存结余", "35390.91", "完成预算比例（%）", "103.87%",
                    "一、绩效目标设定情况", "六、主要经验及做法", "做好政策宣传；开展人员培训；抓规范管理。");
        }
    }

    @Test
    void targetTableHasTheFundLinesAndIndicatorValues() throws IOException {
        FormDocument doc = Fixtures.load(Fixtures.TARGET);
        try (XSSFWorkbook wb = open(exporter.export(doc, ExportMeta.none()))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("绩效目标表");
            assertThat(shown(s, "A1")).isEqualTo("2021年度社会保险基金支出绩效目标表");
            assertThat(shown(s, "A6")).isEqualTo("项目资金（万元）");
            assertThat(merged(s, "A6:B8")).isTrue();
            assertThat(List.of(shown(s, "C6"), shown(s, "C7"), shown(s, "C8")))
                    .containsExactly("年度资金总额", "其中：医保基金", "其他资金");
            assertThat(List.of(shown(s, "F6"), shown(s, "F7"), shown(s, "F8")))
                    .containsExactly("176526.05", "176526.05", "0.00");
            assertThat(shown(s, "A9")).isEqualTo("年度总体目标");
            assertThat(List.of(shown(s, "A10"), shown(s, "B10"), shown(s, "C10"), shown(s, "F10")))
                    .containsExactly("一级指标", "二级指标", "三级指标", "指标值");
            assertThat(shown(s, "F11")).isEqualTo("≥40.31万人");
            assertThat(merged(s, "A11:A17")).as("产出指标 over 7 rows").isTrue();
            assertThat(texts(s)).doesNotContain("执行率", "指标完成值");
        }
    }

    @Test
    void bulkWorkbookHasASummaryAndOneUniquelyNamedSheetPerForm() throws IOException {
        List<ExportItem> items = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            for (String name : List.of(Fixtures.MONITORING, Fixtures.EVALUATION, Fixtures.TARGET)) {
                items.add(new ExportItem(Fixtures.load(name), new ExportMeta("F" + i, "审核中", null, null, null,
                        null)));
            }
        }
        try (XSSFWorkbook wb = open(exporter.exportBulk(items))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(items.size() + 1);
            Sheet summary = wb.getSheetAt(0);
            assertThat(summary.getSheetName()).isEqualTo("汇总");
            Set<String> names = new HashSet<>();
            for (int i = 1; i < wb.getNumberOfSheets(); i++) {
                String n = wb.getSheetName(i);
                assertThat(n.length()).isLessThanOrEqualTo(31);
                assertThat(names.add(n.toLowerCase())).as("unique: " + n).isTrue();
            }
            // 001 监控2020-09 企业养老 喀什地区社会保险管理局本级 is 32 characters: cut to Excel's 31
            assertThat(wb.getSheetName(1)).isEqualTo("001 监控2020-09 企业养老 喀什地区社会保险管理局本");
            assertThat(summary.getLastRowNum()).isEqualTo(items.size());
            assertThat(List.of(shown(summary, "A1"), shown(summary, "C1"), shown(summary, "D1"), shown(summary, "E1"),
                    shown(summary, "F1"), shown(summary, "I1"), shown(summary, "J1"), shown(summary, "M1"),
                    shown(summary, "N1"), shown(summary, "O1")))
                    .containsExactly("序号", "单位", "项目", "险种", "表类型", "状态", "预算数（万元）", "执行率（%）",
                            "总体完成率（%）", "自评得分");
            // row 2: the monitoring form
            assertThat(shown(summary, "B2")).isEqualTo(wb.getSheetName(1));
            assertThat(cell(summary, "B2").getHyperlink().getAddress()).isEqualTo("'" + wb.getSheetName(1) + "'!A1");
            assertThat(shown(summary, "C2")).isEqualTo("喀什地区社会保险管理局本级");
            assertThat(shown(summary, "E2")).isEqualTo("企业职工基本养老保险");
            assertThat(shown(summary, "F2")).isEqualTo("绩效监控情况表");
            assertThat(shown(summary, "I2")).isEqualTo("审核中");
            assertThat(shown(summary, "J2")).isEqualTo("222593.00");
            assertThat(shown(summary, "M2")).isEqualTo("72.58");
            assertThat(shown(summary, "N2")).isEqualTo("77");
            // row 3: the self-evaluation form: score and grade
            assertThat(shown(summary, "F3")).isEqualTo("绩效自评表");
            assertThat(shown(summary, "O3")).isEqualTo("100");
            assertThat(shown(summary, "P3")).isEqualTo("优");
            // every form sheet is the full table
            assertThat(shown(wb.getSheetAt(2), "A1")).isEqualTo("2020年度社会保险基金支出绩效自评表");
        }
    }

    @Test
    void sheetNamesAreMadeSafeShortAndUnique() {
        Set<String> used = new HashSet<>();
        used.add("汇总");
        String longName = "喀什地区社会保险管理局本级企业职工基本养老保险基金支出项目绩效监控";
        String a = FormXlsxExporter.uniqueSheetName(used, longName);
        String b = FormXlsxExporter.uniqueSheetName(used, longName);
        String c = FormXlsxExporter.uniqueSheetName(used, "汇总");
        String d = FormXlsxExporter.uniqueSheetName(used, "a/b:c*d?[e]");
        assertThat(a).hasSize(31);
        assertThat(b).hasSizeLessThanOrEqualTo(31).endsWith("(2)").isNotEqualTo(a);
        assertThat(c).isEqualTo("汇总(2)");
        assertThat(d).doesNotContainAnyWhitespaces().doesNotContain("/", ":", "*", "?", "[", "]");
    }
}
