package cn.jixiao.export;

import cn.jixiao.document.FormDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** For every fixture: export → import yields the same document. */
class RoundTripTest {

    private final FormXlsxExporter exporter = new FormXlsxExporter();
    private final FormXlsxImporter importer = new FormXlsxImporter();

    static List<String> fixtures() {
        return Fixtures.all();
    }

    @Test
    void allFixturesAreFound() {
        assertThat(Fixtures.all()).hasSize(5)
                .contains(Fixtures.MONITORING, Fixtures.MONITORING_MEDICAL, Fixtures.EVALUATION, Fixtures.TARGET);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void exportThenImportYieldsTheSameDocument(String name) {
        FormDocument doc = Fixtures.load(name);
        byte[] xlsx = exporter.export(doc, ExportMeta.none());
        FormDocument back = importer.read(xlsx);
        assertThat(Fixtures.differences(doc, back)).as(name).isEmpty();
        // not only "same after normalisation": the blocks the fixture has come back as they were
        assertThat(back.type()).isEqualTo(doc.type());
        assertThat(back.indicators()).hasSameSizeAs(doc.indicators());
        assertThat(back.deviation() == null).isEqualTo(doc.deviation() == null);
        assertThat(back.report() == null).isEqualTo(doc.report() == null);
        if (doc.budget().executionRate() != null) {
            assertThat(back.budget().executionRate()).isEqualByComparingTo(doc.budget().executionRate());
        } else {
            assertThat(back.budget().executionRate()).as("computed 执行率 is not read back as stated").isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void signedExportRoundTripsToo(String name) {
        FormDocument doc = Fixtures.load(name);
        ExportMeta meta = new ExportMeta("F-1", "已签发", "喀什地区某单位（本级）", "王局长",
                OffsetDateTime.parse("2021-03-05T10:20:00+08:00"), "ab".repeat(32));
        FormDocument back = importer.read(exporter.export(doc, meta));
        assertThat(Fixtures.differences(doc, back)).as(name).isEmpty();
    }

    @Test
    void bulkWorkbookReadsBackEveryForm() {
        List<ExportItem> items = new ArrayList<>();
        for (String name : Fixtures.all()) {
            items.add(new ExportItem(Fixtures.load(name), null));
        }
        byte[] xlsx = exporter.exportBulk(items);
        List<FormDocument> back = importer.readAll(new ByteArrayInputStream(xlsx));
        assertThat(back).hasSize(items.size());
        for (int i = 0; i < items.size(); i++) {
            assertThat(Fixtures.differences(items.get(i).form(), back.get(i))).isEmpty();
        }
    }
}
