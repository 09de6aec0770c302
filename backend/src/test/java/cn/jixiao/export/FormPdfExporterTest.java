package cn.jixiao.export;

import cn.jixiao.document.FormDocument;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extracts the text of exported PDFs (OpenPDF's own extractor) and finds the Chinese in it. Needs a CJK font on
 * the machine (Debian fonts-droid-fallback, see {@link CjkFont}): without one these tests fail, on purpose.
 */
class FormPdfExporterTest {

    private final FormPdfExporter exporter = new FormPdfExporter();

    @BeforeAll
    static void cjkFontIsInstalled() {
        assertThat(CjkFont.available())
                .as("a CJK font must be installed for PDF export: apt-get install fonts-droid-fallback")
                .isTrue();
    }

    /** Each page's text, whitespace removed (the extractor puts spaces where fonts change). */
    static List<String> pages(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor ex = new PdfTextExtractor(reader);
            List<String> out = new ArrayList<>();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                out.add(ex.getTextFromPage(p).replaceAll("\\s+", ""));
            }
            return out;
        } finally {
            reader.close();
        }
    }

    @Test
    void monitoringPdfShowsTheTableInChinese() throws IOException {
        FormDocument doc = Fixtures.load(Fixtures.MONITORING);
        byte[] pdf = exporter.export(doc, ExportMeta.none());
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        List<String> pages = pages(pdf);
        String text = String.join("", pages);
        assertThat(text).contains("附件1", "2020年度社会保险基金支出绩效监控情况表", "填报单位（公章）：喀什地区社会保险管理局本级",
                "金额单位：万元", "一、基本情况", "喀什地区本级企业职工基本养老保险基金支出项目", "资金情况（万元）",
                "预算数", "到位数", "执行数", "执行率", "222593.00", "161556.00", "72.58%",
                "二、年度总体目标完成情况", "77%", "三、绩效指标完成情况", "一级指标", "二级指标", "三级指标",
                "预期指标值", "指标完成值", "指标完成率", "参保缴费人数", "13.85万人", "86%", "105%≤≥95%",
                "≥95%", "未达监控节点", "四、偏差原因", "五、采取的措施", "填报人：", "联系电话：");
        assertThat(text).doesNotContain("签发人");
    }

    @Test
    void fontsAreEmbedded() {
        byte[] pdf = exporter.export(Fixtures.load(Fixtures.TARGET), ExportMeta.none());
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(raw).contains("/FontFile2").contains("/Identity-H").contains("/ToUnicode");
        assertThat(raw).doesNotContain("STSong");
    }

    @Test
    void signedPdfFooterNamesSignerTimeAndHash() throws IOException {
        String sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        ExportMeta meta = new ExportMeta("1024", "已签发", null, "阿依古丽",
                OffsetDateTime.parse("2020-10-12T04:30:00Z"), sha);
        String text = String.join("", pages(exporter.export(Fixtures.load(Fixtures.MONITORING_MEDICAL), meta)));
        assertThat(text).contains("表单编号：1024", "状态：已签发", "签发人：阿依古丽", "签发时间：2020-10-1212:30（北京时间）",
                "签发快照SHA-256：" + sha, "68.77%", "165692.15");
    }

    @Test
    void evaluationPdfHasTheReportFirstThenTheSelfEvaluationTable() throws IOException {
        FormDocument doc = Fixtures.load(Fixtures.EVALUATION);
        List<String> pages = pages(exporter.export(doc, ExportMeta.none()));
        assertThat(pages).hasSizeGreaterThanOrEqualTo(2);
        String first = pages.get(0);
        assertThat(first).contains("2020年度城乡居民基本养老保险基金绩效评价报告", "基金收支情况（万元）", "基金收入合计",
                "11346.26", "社会保险费收入", "3943.67", "年末滚存结余", "35390.91", "103.87%",
                "一、绩效目标设定情况", "全年预算支出执行目标95%至105%", "六、主要经验及做法", "抓规范管理");
        assertThat(first).doesNotContain("绩效自评表");
        String rest = String.join("", pages.subList(1, pages.size()));
        assertThat(rest).contains("2020年度社会保险基金支出绩效自评表", "年度预算数", "全年执行数", "分值", "得分",
                "6061.54", "100%", "项目完成指标", "参保人数", "≥196084人", "4.55", "总分", "自评等级", "优");
    }

    @Test
    void zipHoldsOnePdfPerFormWithUniqueNames() throws IOException {
        List<ExportItem> items = new ArrayList<>();
        for (String name : Fixtures.all()) {
            items.add(new ExportItem(Fixtures.load(name), null));
        }
        items.add(new ExportItem(Fixtures.load(Fixtures.TARGET), null));
        byte[] zip = exporter.exportZip(items);
        Set<String> names = new HashSet<>();
        int count = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                count++;
                assertThat(names.add(e.getName())).isTrue();
                assertThat(e.getName()).endsWith(".pdf");
                byte[] pdf = in.readAllBytes();
                assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
                assertThat(String.join("", pages(pdf))).contains("社会保险基金支出绩效");
            }
        }
        assertThat(count).isEqualTo(items.size());
        assertThat(names).contains("001-绩效自评表-喀什市社会保险中心-居民养老-2020.pdf");
    }
}
