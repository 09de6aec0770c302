package cn.jixiao.validation.rules;

import cn.jixiao.document.ReportSection;
import cn.jixiao.validation.Finding;
import cn.jixiao.validation.Forms;
import cn.jixiao.validation.RuleCode;
import cn.jixiao.validation.Severity;
import cn.jixiao.validation.ValidationResult;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static cn.jixiao.validation.Forms.findings;
import static cn.jixiao.validation.Forms.has;
import static cn.jixiao.validation.Forms.set;
import static org.assertj.core.api.Assertions.assertThat;

/** REPORT_SECTION_MISSING: every section of the 绩效评价报告 written, on the evaluation fixture and the clean form. */
class ReportSectionRulesTest {

    private static final String FIXTURE = "fixtures/evaluation/kashgar-city-resident-pension-2020.json";

    @Test
    void theWrittenReportsPass() throws IOException {
        assertThat(has(Forms.validate(fixture()), RuleCode.REPORT_SECTION_MISSING)).isFalse();
        assertThat(has(Forms.validate(Forms.evaluation()), RuleCode.REPORT_SECTION_MISSING)).isFalse();
    }

    /** The fixture with one section blank, left out or null: one ERROR on that section, nothing else changes. */
    @ParameterizedTest
    @EnumSource(ReportSection.class)
    void eachSectionOfTheFixture(ReportSection section) throws IOException {
        List<String> before = Forms.validate(fixture()).findings().stream().map(Finding::code).toList();
        for (Object blank : new Object[] {"  ", null, Forms.REMOVE}) {
            ValidationResult r = Forms.validate(set(fixture(), section.path(), blank));
            List<Finding> missing = findings(r, RuleCode.REPORT_SECTION_MISSING);
            assertThat(missing).as("%s = %s", section, blank).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.path()).isEqualTo(section.path());
                assertThat(f.message()).isEqualTo("绩效评价报告“" + section.title() + "”部分未填写");
            });
            assertThat(r.findings()).hasSize(before.size() + 1);
        }
    }

    @Test
    void noReportMissesEverySection() throws IOException {
        ValidationResult r = Forms.validate(set(fixture(), "report", Forms.REMOVE));
        assertThat(findings(r, RuleCode.REPORT_SECTION_MISSING)).extracting(Finding::path)
                .containsExactly("report.sections.targetSetting", "report.sections.execution",
                        "report.sections.management", "report.sections.achievement", "report.sections.plans",
                        "report.sections.experience");
    }

    @Test
    void onlyTheEvaluationHasAReport() {
        assertThat(has(Forms.validate(Forms.monitoring()), RuleCode.REPORT_SECTION_MISSING)).isFalse();
        assertThat(has(Forms.validate(Forms.target()), RuleCode.REPORT_SECTION_MISSING)).isFalse();
    }

    private static ObjectNode fixture() throws IOException {
        try (InputStream in = ReportSectionRulesTest.class.getClassLoader().getResourceAsStream(FIXTURE)) {
            assertThat(in).as(FIXTURE).isNotNull();
            return Forms.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
