package cn.jixiao.validation.crossform;

import cn.jixiao.document.FormDocument;
import cn.jixiao.validation.Finding;
import cn.jixiao.validation.Forms;
import cn.jixiao.validation.RuleCode;
import cn.jixiao.validation.Severity;
import cn.jixiao.validation.ValidationSettings;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;

import static cn.jixiao.validation.Forms.num;
import static cn.jixiao.validation.Forms.set;
import static org.assertj.core.api.Assertions.assertThat;

class CrossFormValidatorTest {

    private final CrossFormValidator validator = new CrossFormValidator();

    private static StoredForm stored(String id, StoredFormStatus status, ObjectNode form) {
        return new StoredForm(id, status, Forms.doc(form));
    }

    private List<Finding> check(ObjectNode candidate, StoredForm... others) {
        return validator.validate("cand", Forms.doc(candidate), List.of(others), ValidationSettings.defaults());
    }

    private static List<String> codes(List<Finding> f) {
        return f.stream().map(Finding::code).toList();
    }

    // ---------------------------------------------------------------- DUPLICATE_FORM

    @ParameterizedTest
    @EnumSource(value = StoredFormStatus.class, names = {"DRAFT", "UNIT_REVIEW", "PREFECTURE_REVIEW", "SIGN_OFF",
        "SIGNED", "RETURNED"})
    void duplicateFormInProcessOrSigned(StoredFormStatus status) {
        List<Finding> f = check(Forms.monitoring(), stored("other", status, Forms.monitoring()));
        assertThat(f).filteredOn(x -> x.code().equals("DUPLICATE_FORM")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.message()).contains("other").contains(status.label());
        });
    }

    @Test
    void withdrawnOrOwnFormIsNoDuplicate() {
        assertThat(codes(check(Forms.monitoring(), stored("other", StoredFormStatus.WITHDRAWN, Forms.monitoring()))))
                .doesNotContain("DUPLICATE_FORM");
        assertThat(codes(check(Forms.monitoring(), stored("cand", StoredFormStatus.UNIT_REVIEW, Forms.monitoring()))))
                .isEmpty();
    }

    @Test
    void duplicateNeedsSameTypeUnitProjectYearAndMonth() {
        StoredFormStatus s = StoredFormStatus.UNIT_REVIEW;
        assertThat(codes(check(Forms.monitoring(), stored("o", s, set(Forms.monitoring(), "monitorMonth", 9)))))
                .doesNotContain("DUPLICATE_FORM");
        assertThat(codes(check(Forms.monitoring(), stored("o", s, set(Forms.monitoring(), "year", 2020)))))
                .doesNotContain("DUPLICATE_FORM");
        assertThat(codes(check(Forms.monitoring(), stored("o", s, set(Forms.monitoring(), "unit", "别的单位")))))
                .doesNotContain("DUPLICATE_FORM");
        assertThat(codes(check(Forms.evaluation(), stored("o", s, Forms.monitoring()))))
                .doesNotContain("DUPLICATE_FORM");
        // whitespace and full-width differences do not make a different project
        ObjectNode spaced = set(Forms.monitoring(), "project", " 测试县企业职工基本养老保险基金支出项目　");
        assertThat(codes(check(Forms.monitoring(), stored("o", s, spaced)))).contains("DUPLICATE_FORM");
        // evaluation forms have no month
        assertThat(codes(check(Forms.evaluation(), stored("o", s, Forms.evaluation())))).contains("DUPLICATE_FORM");
    }

    // ---------------------------------------------------------------- DUPLICATE_AMOUNTS_ACROSS_PROJECTS

    private static ObjectNode otherProject(ObjectNode f) {
        return set(f, "project", "测试县城乡居民基本养老保险基金支出项目");
    }

    @Test
    void sameAmountsInAnotherProjectOfTheUnit() {
        List<Finding> f = check(Forms.monitoring(), stored("o", StoredFormStatus.SIGNED, otherProject(Forms.monitoring())));
        assertThat(f).extracting(Finding::code).containsExactly("DUPLICATE_AMOUNTS_ACROSS_PROJECTS",
                "DUPLICATE_AMOUNTS_ACROSS_PROJECTS");
        assertThat(f).extracting(Finding::path).containsExactly("budget.planned.total", "budget.executed.total");
        assertThat(f).allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
        assertThat(f.get(0).message()).contains("1000.00").contains("城乡居民");
    }

    @Test
    void amountsEqualWithinTolerance() {
        ObjectNode close = set(otherProject(Forms.monitoring()), "budget.planned.total", num("1000.02"));
        set(close, "budget.executed.total", num("1"));
        assertThat(check(Forms.monitoring(), stored("o", StoredFormStatus.DRAFT, close))).extracting(Finding::path)
                .containsExactly("budget.planned.total");
        ObjectNode far = set(otherProject(Forms.monitoring()), "budget.planned.total", num("1000.03"));
        set(far, "budget.executed.total", num("1"));
        assertThat(check(Forms.monitoring(), stored("o", StoredFormStatus.DRAFT, far))).isEmpty();
    }

    @Test
    void zeroAmountsWithdrawnFormsOtherUnitsAndSameProjectAreNotReported() {
        ObjectNode zero = set(set(Forms.evaluation(), "budget.executed.total", num("0")), "budget.planned.total", num("0"));
        assertThat(check(zero, stored("o", StoredFormStatus.DRAFT, otherProject(zero.deepCopy())))).isEmpty();
        assertThat(check(Forms.monitoring(), stored("o", StoredFormStatus.WITHDRAWN, otherProject(Forms.monitoring()))))
                .isEmpty();
        assertThat(check(Forms.monitoring(), stored("o", StoredFormStatus.DRAFT,
                set(otherProject(Forms.monitoring()), "unit", "别的单位")))).isEmpty();
        assertThat(check(Forms.monitoring(), stored("o", StoredFormStatus.DRAFT,
                set(otherProject(Forms.monitoring()), "monitorMonth", 9)))).isEmpty();
        assertThat(codes(check(Forms.monitoring(), stored("o", StoredFormStatus.DRAFT, Forms.monitoring()))))
                .containsExactly("DUPLICATE_FORM");
    }

    // ---------------------------------------------------------------- signed TARGET form

    private static ObjectNode signedTargetFor(ObjectNode candidate) {
        // the clean target form, same unit, fund and year as the candidate
        return set(Forms.target(), "year", candidate.get("year").intValue());
    }

    @Test
    void targetValueChanged() {
        ObjectNode target = signedTargetFor(Forms.monitoring());
        set(target, "indicators[0].target", "≥10000人");
        set(target, "indicators[1].name", "待遇发放率");
        set(target, "indicators[1].target", "≥98%");
        List<Finding> f = check(Forms.monitoring(), stored("t", StoredFormStatus.SIGNED, target));
        assertThat(f).filteredOn(x -> x.code().equals("TARGET_VALUE_CHANGED")).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("indicators[1].target");
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.message()).contains("≥95%").contains("≥98%");
        });
    }

    @Test
    void sameMeaningIsNoChange() {
        ObjectNode target = signedTargetFor(Forms.monitoring());
        set(target, "indicators[0].target", "≥ 1万 人");   // = ≥10000人
        set(target, "indicators[2].target", "每月25日前");
        List<Finding> f = check(Forms.monitoring(), stored("t", StoredFormStatus.SIGNED, target));
        assertThat(codes(f)).doesNotContain("TARGET_VALUE_CHANGED");
    }

    @Test
    void droppedIndicators() {
        ObjectNode target = signedTargetFor(Forms.monitoring());
        set(target, "indicators[0].target", "≥10000人");
        List<Finding> f = check(Forms.monitoring(), stored("t", StoredFormStatus.SIGNED, target));
        // 待遇支出金额 is in the signed target form, not in the monitoring form
        assertThat(f).filteredOn(x -> x.code().equals("TARGET_INDICATOR_DROPPED")).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("indicators");
            assertThat(x.message()).contains("待遇支出金额");
        });
    }

    @Test
    void onlySignedTargetsOfTheSameUnitFundAndYear() {
        ObjectNode changed = set(signedTargetFor(Forms.monitoring()), "indicators[0].target", "≥99999人");
        assertThat(check(Forms.monitoring(), stored("t", StoredFormStatus.SIGN_OFF, changed))).isEmpty();
        assertThat(check(Forms.monitoring(), stored("t", StoredFormStatus.SIGNED,
                set(changed.deepCopy(), "fund", "RESIDENT_PENSION")))).isEmpty();
        assertThat(check(Forms.monitoring(), stored("t", StoredFormStatus.SIGNED,
                set(changed.deepCopy(), "year", 2020)))).isEmpty();
        assertThat(codes(check(Forms.monitoring(), stored("t", StoredFormStatus.SIGNED, changed))))
                .contains("TARGET_VALUE_CHANGED", "TARGET_INDICATOR_DROPPED");
    }

    @Test
    void theSignedTargetOfTheSameProjectWinsAndSeveralOthersAreAmbiguous() {
        ObjectNode same = set(signedTargetFor(Forms.monitoring()), "indicators[0].target", "≥10000人");
        set(same, "indicators[1]", Forms.M.valueToTree(Map.of("level1", "产出指标", "level2", "质量指标",
                "name", "待遇发放率", "target", "≥95%")));
        ObjectNode other1 = set(otherProject(signedTargetFor(Forms.monitoring())), "indicators[0].target", "≥1人");
        ObjectNode other2 = set(set(otherProject(signedTargetFor(Forms.monitoring())), "project", "第三个项目"),
                "indicators[0].target", "≥2人");
        assertThat(codes(check(Forms.monitoring(), stored("a", StoredFormStatus.SIGNED, other1),
                stored("b", StoredFormStatus.SIGNED, same)))).doesNotContain("TARGET_VALUE_CHANGED");
        assertThat(codes(check(Forms.monitoring(), stored("a", StoredFormStatus.SIGNED, other1),
                stored("b", StoredFormStatus.SIGNED, other2)))).doesNotContain("TARGET_VALUE_CHANGED",
                "TARGET_INDICATOR_DROPPED");
        assertThat(codes(check(Forms.monitoring(), stored("a", StoredFormStatus.SIGNED, other1))))
                .contains("TARGET_VALUE_CHANGED");
    }

    @Test
    void noStoredFormsNoFindings() {
        assertThat(validator.validate(null, Forms.doc(Forms.evaluation()), List.of(), null)).isEmpty();
        FormDocument d = Forms.doc(Forms.target());
        assertThat(validator.validate(null, d, null, null)).isEmpty();
        assertThat(RuleCode.valueOf("TARGET_INDICATOR_DROPPED")).isNotNull();
    }
}
