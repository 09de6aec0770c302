package cn.jixiao.export;

import cn.jixiao.document.FormDocument;
import cn.jixiao.document.FormType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** Blank templates: the layout of the export, the cells to fill shaded, and an empty import. */
class FormTemplatesTest {

    private final FormTemplates templates = new FormTemplates();

    @ParameterizedTest
    @EnumSource(FormType.class)
    void templateHasTheTableLayoutWithShadedInputCells(FormType type) throws IOException {
        try (XSSFWorkbook wb = FormXlsxExporterTest.open(templates.template(type))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo(type.label());
            assertThat(wb.getSheetName(1)).isEqualTo("填表说明");
            assertThat(FormXlsxExporterTest.texts(s)).anySatisfy(t -> assertThat(t).endsWith(type.label()))
                    .contains("填报单位（公章）：", "金额单位：万元", "项目名称", "实施单位", "基金险种", "年度", "一级指标",
                            "二级指标", "三级指标", "产出指标", "数量指标", "效益指标", "满意度指标", "填报人：", "联系电话：");
            Cell label = FormXlsxExporterTest.find(s, "项目名称");
            Cell input = s.getRow(label.getRowIndex()).getCell(2);
            assertThat(input.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(input.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
            assertThat(label.getCellStyle().getFillForegroundColor())
                    .isNotEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
            assertThat(s.getDataValidations()).as("险种 drop-down").isNotEmpty();
            assertThat(s.getDataValidations().get(0).getValidationConstraint().getExplicitListValues())
                    .contains("企业职工基本养老保险", "城乡居民基本医疗保险");
        }
    }

    @ParameterizedTest
    @EnumSource(FormType.class)
    void aBlankTemplateImportsAsAnEmptyDraftOfItsType(FormType type) {
        FormDocument doc = new FormXlsxImporter().read(templates.template(type));
        assertThat(doc.schema()).isEqualTo(FormDocument.SCHEMA);
        assertThat(doc.type()).isEqualTo(type);
        assertThat(doc.indicators()).as("framework rows without a name are skipped").isEmpty();
        assertThat(doc.budget()).isNull();
        assertThat(doc.goal()).isNull();
        assertThat(doc.year()).isNull();
        assertThat(doc.unit()).isNull();
        assertThat(doc.amountUnit()).isEqualTo("万元");
        assertThat(doc.report()).isNull();
    }

    @Test
    void evaluationTemplateHasTheReportBlock() throws IOException {
        try (XSSFWorkbook wb = FormXlsxExporterTest.open(templates.template(FormType.EVALUATION))) {
            assertThat(FormXlsxExporterTest.texts(wb.getSheetAt(0))).contains("年度预算数", "全年执行数", "分值", "得分",
                    "总分", "自评等级", "附：绩效评价报告", "基金收入合计", "基金支出合计", "一、绩效目标设定情况");
        }
        assertThat(FormTemplates.fileName(FormType.EVALUATION)).isEqualTo("绩效自评表-模板.xlsx");
    }
}
