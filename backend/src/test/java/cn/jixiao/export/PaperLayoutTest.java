package cn.jixiao.export;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.document.FormDocument;
import cn.jixiao.document.FormDocumentReader;
import cn.jixiao.document.Indicator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;

/**
 * The exported tables as a reviewer holds them on paper (issue 18): 主管部门 filled, the signature block with the
 * people's names and dates and a seal box, rows of one 二级指标 together in one merged cell, a long 自评表 whose
 * continuation pages start with the repeated heading rather than empty boxes, and the file name.
 */
class PaperLayoutTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final ExportMeta SIGNED = new ExportMeta("1024", "已签发", "喀什市社会保险中心", "吐尔洪·买买提",
            OffsetDateTime.parse("2020-10-12T04:30:00Z"), "ab".repeat(32), List.of(), "喀什市人力资源和社会保障局",
            new ExportMeta.Approval("买买提·艾力", OffsetDateTime.parse("2020-10-09T03:00:00Z")),
            new ExportMeta.Approval("刘芳", OffsetDateTime.parse("2020-10-10T17:00:00Z")));

    @Test
    void thePdfNamesTheDepartmentAndThePeopleWhoApprovedItWithTheirDates() throws IOException {
        String text = String.join("", FormPdfExporterTest.pages(
                new FormPdfExporter().export(Fixtures.load(Fixtures.MONITORING_MEDICAL), SIGNED)));
        assertThat(text).contains("主管部门喀什市人力资源和社会保障局", "实施单位",
                "单位负责人（签字）：买买提·艾力日期：2020年10月9日",
                // 17:00 UTC is the 11th in Beijing
                "审核人（签字）：刘芳日期：2020年10月11日",
                "填报单位（盖章）", "签发人：吐尔洪·买买提");
    }

    @Test
    void beforeAnyApprovalTheSignatureLinesAreLeftBlankToSignByHand() throws IOException {
        String text = String.join("", FormPdfExporterTest.pages(
                new FormPdfExporter().export(Fixtures.load(Fixtures.TARGET), ExportMeta.none())));
        assertThat(text).contains("单位负责人（签字）：日期：审核人（签字）：日期：填报单位（盖章）");
        assertThat(text).doesNotContain("签发人");
    }

    @Test
    void theWorkbookHasTheSameDepartmentAndSignatureCells() throws IOException {
        byte[] xlsx = new FormXlsxExporter().export(Fixtures.load(Fixtures.MONITORING_MEDICAL), SIGNED);
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            List<String> cells = texts(book.getSheetAt(0));
            int label = cells.indexOf("主管部门");
            assertThat(label).isNotNegative();
            assertThat(cells.get(label + 1)).isEqualTo("喀什市人力资源和社会保障局");
            assertThat(cells).contains("单位负责人（签字）：买买提·艾力\n日期：2020年10月9日",
                    "审核人（签字）：刘芳\n日期：2020年10月11日", "填报单位（盖章）");
            assertThat(cells).anyMatch(c -> c.startsWith("签发人：吐尔洪·买买提"));
        }
    }

    /** 质量指标 · 时效指标 · 质量指标 as filed becomes 质量指标 ×2 (one merged cell) · 时效指标 on paper. */
    @Test
    void rowsOfOneSecondLevelArePrintedTogetherInOneMergedCell() throws IOException {
        FormDocument doc = interleaved();
        List<Indicator> filed = doc.indicators();
        assertThat(filed).extracting(Indicator::level2).containsSubsequence("质量指标", "时效指标", "质量指标");
        int timeliness = filed.stream().map(Indicator::level2).toList().indexOf("时效指标");
        String timelinessName = filed.get(timeliness).name();
        String movedName = filed.subList(timeliness, filed.size()).stream()
                .filter(i -> "质量指标".equals(i.level2())).findFirst().orElseThrow().name();

        String text = String.join("", FormPdfExporterTest.pages(new FormPdfExporter().export(doc, ExportMeta.none())));
        assertThat(text.indexOf(movedName)).as("the second 质量指标 row moves up before 时效指标")
                .isLessThan(text.indexOf(timelinessName));

        byte[] xlsx = new FormXlsxExporter().export(doc, ExportMeta.none());
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            int quality = 0;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && "质量指标".equals(cell.getStringCellValue())) {
                        quality++;
                        CellRangeAddress merged = mergedAt(sheet, cell);
                        long qualityRows = filed.stream().filter(i -> "质量指标".equals(i.level2())).count();
                        assertThat(merged).as("质量指标 merged over all its rows").isNotNull();
                        assertThat(merged.getLastRow() - merged.getFirstRow() + 1).isEqualTo((int) qualityRows);
                    }
                }
            }
            assertThat(quality).as("质量指标 printed once").isEqualTo(1);
        }
    }

    /** A 自评表 of three pages: each continuation page starts with the indicator heading, never an empty box. */
    @Test
    void aLongSelfEvaluationRepeatsTheHeadingOnEachPageInsteadOfEmptyBoxes() throws IOException {
        ObjectNode json = (ObjectNode) JSON.readTree(resource(Fixtures.EVALUATION));
        ArrayNode inds = (ArrayNode) json.path("indicators");
        ArrayNode longer = JSON.createArrayNode();
        for (int copy = 0; copy < 4; copy++) {
            for (var ind : inds) {
                longer.add(((ObjectNode) ind.deepCopy()).put("name", ind.path("name").asText() + "（" + copy + "）"));
            }
        }
        json.set("indicators", longer);
        json.remove("report");
        FormDocument doc = new FormDocumentReader().read(json.toString());

        List<String> pages = FormPdfExporterTest.pages(new FormPdfExporter().export(doc, SIGNED));
        assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
        List<String> continued = pages.subList(1, pages.size()).stream().filter(p -> p.matches(".*（[0-3]）.*")).toList();
        assertThat(continued).as("pages the indicator rows continue on").isNotEmpty();
        for (String page : continued) {
            assertThat(page).as("a continuation page").startsWith("绩效指标一级指标二级指标三级指标");
        }
        assertThat(String.join("", pages)).contains("参保人数（3）", "总分", "填报单位（盖章）");
    }

    @Test
    void theFileNameCarriesUnitProjectPeriodAndTable() {
        FormDocument monitoring = Fixtures.load(Fixtures.MONITORING_MEDICAL);
        assertThat(ExportFileName.of("喀什市社会保险中心", monitoring, "pdf"))
                .isEqualTo("喀什市社会保险中心_" + monitoring.project() + "_2020年9月_绩效监控情况表.pdf");
        assertThat(ExportFileName.of("喀什市社会保险中心", Fixtures.load(Fixtures.EVALUATION), "xlsx"))
                .endsWith("_2020年度_绩效自评表.xlsx");
        assertThat(ExportFileName.safe("a/b:c")).isEqualTo("a_b_c");
    }

    // ------------------------------------------------------------------ helpers

    /** The evaluation fixture with its first 质量指标 row moved to the end of the 产出指标 rows, after 时效指标. */
    private static FormDocument interleaved() throws IOException {
        ObjectNode json = (ObjectNode) JSON.readTree(resource(Fixtures.EVALUATION));
        ArrayNode inds = (ArrayNode) json.path("indicators");
        List<com.fasterxml.jackson.databind.JsonNode> rows = new ArrayList<>();
        inds.forEach(rows::add);
        int quality = -1;
        int lastTimeliness = -1;
        for (int i = 0; i < rows.size(); i++) {
            String l2 = rows.get(i).path("level2").asText();
            if (quality < 0 && "质量指标".equals(l2)) {
                quality = i;
            }
            if ("时效指标".equals(l2)) {
                lastTimeliness = i;
            }
        }
        var moved = rows.remove(quality);
        rows.add(lastTimeliness, moved); // right after 时效指标 (indexes shifted by the removal)
        inds.removeAll();
        rows.forEach(inds::add);
        return new FormDocumentReader().read(json.toString());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PaperLayoutTest.class.getResourceAsStream(Fixtures.ROOT + "/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static List<String> texts(Sheet sheet) {
        List<String> out = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && !cell.getStringCellValue().isEmpty()) {
                    out.add(cell.getStringCellValue());
                }
            }
        }
        return out;
    }

    private static CellRangeAddress mergedAt(Sheet sheet, Cell cell) {
        for (CellRangeAddress r : sheet.getMergedRegions()) {
            if (r.isInRange(cell)) {
                return r;
            }
        }
        return null;
    }
}
