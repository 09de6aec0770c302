package cn.jixiao.validation;

import cn.jixiao.document.FormDocument;
import cn.jixiao.document.FormFormatException;
import cn.jixiao.document.FormType;
import cn.jixiao.document.Indicator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The engine never throws on a document the reader accepts ("never a 500 for bad input"). */
class RobustnessTest {

    private final FormValidator validator = new FormValidator();

    @Test
    void emptyDocumentsOfEveryType() {
        for (FormType t : FormType.values()) {
            FormDocument d = new FormDocument("jixiao-form/1", t, null, null, null, null, null, null, null, null,
                    null, null, null, null);
            ValidationResult r = validator.validate(d);
            assertThat(r.findings()).extracting(Finding::code).contains("REQUIRED_FIELD_MISSING");
            assertThat(r.computed().indicators()).isEmpty();
        }
        FormDocument noType = new FormDocument(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
        assertThat(validator.validate(noType).findings()).extracting(Finding::path).contains("type");
    }

    @Test
    void nullIndicatorEntriesAndEmptyRows() {
        List<Indicator> rows = new ArrayList<>(Arrays.asList(null, Indicator.of(null, null, null, null, null)));
        FormDocument d = new FormDocument("jixiao-form/1", FormType.MONITORING, 2020, 9, "u", "p", null, "万元", null,
                null, rows, null, null, null);
        ValidationResult r = validator.validate(d);
        assertThat(r.computed().indicators()).hasSize(2);
        assertThat(r.findings()).extracting(Finding::path).contains("indicators[0].level1", "indicators[1].target");
    }

    @Test
    void randomlyBrokenFormsNeverThrow() {
        Random random = new Random(20201231L);
        String[] textPaths = {"unit", "project", "amountUnit", "goal.expected", "goal.actual", "deviation.reason",
            "deviation.measures", "indicators[0].target", "indicators[0].actual", "indicators[1].target",
            "indicators[1].actual", "indicators[2].actual", "indicators[3].target", "indicators[4].target",
            "indicators[4].actual", "indicators[0].level1", "indicators[0].level2", "indicators[1].level2",
            "indicators[5].name", "indicators[5].actual", "indicators[3].level1"};
        String[] numberPaths = {"budget.planned.total", "budget.planned.main", "budget.planned.other",
            "budget.arrived.total", "budget.executed.total", "budget.executed.main", "budget.executionRate",
            "goal.completionRate", "indicators[0].completionRate", "indicators[0].weight", "indicators[1].weight",
            "report.fund.income", "report.fund.expense", "report.fund.balance", "report.budgetedExpense",
            "report.executedExpense", "report.budgetCompletionPct"};
        String[] texts = {"", " ", "/", "无", "人", "≥", "≤≥", "≥0", "≤0", "0", "=0%", "-5", "0.0001万人", "≥95%或",
            "105%≤≥95%", "95%-", "0-0", "≥0人", "每月25日前", "１２３４５６７８９万亿元", "9".repeat(60) + "万人",
            "产出指标", "效益指标", "满意度指标", "数量指标", "时效指标", "支出预算执行率", "完全不可能", "未达成",
            "≥-5%", "<0.0000001%", "—", "1,000,000元/人"};
        String[] numbers = {"0", "-1", "0.00", "-0.01", "100", "99999999999999", "0.0000000001", "72.579",
            "999999999999999.9999999999"};
        List<Supplier<ObjectNode>> forms = List.of(Forms::monitoring, Forms::evaluation, Forms::target);
        int validated = 0;
        for (int round = 0; round < 1000; round++) {
            ObjectNode f = forms.get(random.nextInt(forms.size())).get();
            int edits = 1 + random.nextInt(6);
            for (int e = 0; e < edits; e++) {
                try {
                    if (random.nextBoolean()) {
                        Forms.set(f, textPaths[random.nextInt(textPaths.length)], texts[random.nextInt(texts.length)]);
                    } else {
                        Forms.set(f, numberPaths[random.nextInt(numberPaths.length)],
                                random.nextInt(8) == 0 ? null : Forms.num(numbers[random.nextInt(numbers.length)]));
                    }
                } catch (RuntimeException pathNotInThisForm) {
                    // e.g. an indicator index the target form does not have
                }
            }
            if (random.nextInt(10) == 0) {
                Forms.set(f, "monitorMonth", random.nextInt(15) - 1);
            }
            FormDocument doc;
            try {
                doc = Forms.doc(f);
            } catch (FormFormatException rejected) {
                continue;
            }
            assertThatCode(() -> validator.validate(doc)).as(f.toString()).doesNotThrowAnyException();
            validated++;
        }
        assertThat(validated).isGreaterThan(800);
    }
}
