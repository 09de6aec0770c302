package cn.jixiao.meta;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.admin.CalendarKind;
import cn.jixiao.audit.AuditAction;
import cn.jixiao.document.DeviationCategory;
import cn.jixiao.document.FillingNote;
import cn.jixiao.document.FormType;
import cn.jixiao.document.Fund;
import cn.jixiao.document.Likelihood;
import cn.jixiao.document.QualitativeLevel;
import cn.jixiao.document.ReportSection;
import cn.jixiao.form.FormAction;
import cn.jixiao.form.FormStatus;
import cn.jixiao.org.OrgLevel;
import cn.jixiao.security.Role;
import cn.jixiao.support.ApiClient;
import cn.jixiao.support.H2Test;
import cn.jixiao.support.WebScripts;
import cn.jixiao.validation.IndicatorLevels;
import cn.jixiao.validation.RuleCode;
import cn.jixiao.validation.Severity;
import cn.jixiao.workflow.ReturnTarget;
import cn.jixiao.workflow.TaskKey;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * GET /api/meta serves every value of the vocabulary enums with its Chinese label and attributes, and the web app
 * types none of those words again: no script holds a served label or a fund code as a string literal.
 */
@H2Test
class MetaApiTest {

    @LocalServerPort
    int port;

    /**
     * Served words that are also captions or messages of their own: the 单位 column, the 填报人 of a form, the
     * 登录 page and its 登录失败 message (audit actions of the same name).
     */
    private static final Set<String> CAPTIONS = Set.of("单位", "填报人", "登录", "登录失败");

    private JsonNode meta;

    @BeforeEach
    void load() {
        ApiClient.Response r = new ApiClient(port).get("/api/meta"); // before login: the login screen comes first
        assertThat(r.status()).isEqualTo(200);
        meta = r.json();
    }

    @Test
    void everyEnumValueWithItsLabel() {
        assertTerms("funds", Fund.values(), Fund::name, Fund::label);
        assertTerms("formTypes", FormType.values(), FormType::name, FormType::label);
        assertTerms("statuses", FormStatus.values(), FormStatus::name, FormStatus::label);
        assertTerms("orgLevels", OrgLevel.values(), OrgLevel::name, OrgLevel::label);
        assertTerms("roles", Role.values(), Role::name, Role::label);
        assertTerms("tasks", TaskKey.values(), TaskKey::key, TaskKey::label);
        assertTerms("actions", FormAction.values(), FormAction::name, FormAction::label);
        assertTerms("reportSections", ReportSection.values(), ReportSection::key, ReportSection::heading);
        assertTerms("severities", Severity.values(), Severity::name, Severity::label);
        assertTerms("rules", RuleCode.values(), RuleCode::name, RuleCode::title);
        assertTerms("indicatorLevels", IndicatorLevels.Level1.values(), IndicatorLevels.Level1::name,
                IndicatorLevels.Level1::label);
        assertTerms("likelihoods", Likelihood.values(), Likelihood::name, Likelihood::label);
        assertTerms("qualitativeLevels", QualitativeLevel.values(), QualitativeLevel::name, QualitativeLevel::label);
        assertTerms("deviationCategories", DeviationCategory.values(), DeviationCategory::name,
                DeviationCategory::label);
        assertTerms("auditActions", AuditAction.values(), AuditAction::name, AuditAction::label);
        assertTerms("calendarKinds", CalendarKind.values(), CalendarKind::name, CalendarKind::label);
        assertTerms("returnTargets", ReturnTarget.values(), ReturnTarget::name, ReturnTarget::label);
        assertTerms("fillingNotes", FillingNote.values(), FillingNote::name, FillingNote::text);
    }

    @Test
    void theAttributesTheScreensUse() {
        JsonNode medical = term("funds", "EMPLOYEE_MEDICAL");
        assertThat(medical.path("shortLabel").asText()).isEqualTo("职工医保");
        assertThat(medical.path("medical").asBoolean()).isTrue();
        assertThat(term("formTypes", "EVALUATION").path("shortLabel").asText()).isEqualTo("自评");
        assertThat(term("formTypes", "EVALUATION").path("mainSources").path("MATERNITY").asText()).isEqualTo("其中：医保基金");
        assertThat(term("formTypes", "MONITORING").path("mainSources").path("MATERNITY").asText()).isEqualTo("其中：财政资金");
        assertThat(term("formTypes", "TARGET").path("mainSource").asText()).isEqualTo("其中：社保基金");
        // goal.actual has one name per table: the 自评表 side panel once said 目前完成情况
        assertThat(term("formTypes", "EVALUATION").path("goalActual").asText()).isEqualTo("实际完成情况");
        assertThat(term("formTypes", "MONITORING").path("goalActual").asText()).isEqualTo("目前完成情况");
        assertThat(term("formTypes", "TARGET").hasNonNull("goalActual")).isFalse();

        JsonNode unitReview = term("tasks", "unitReview");
        assertThat(unitReview.path("step").asInt()).isEqualTo(1);
        assertThat(unitReview.path("status").asText()).isEqualTo("UNIT_REVIEW");
        assertThat(unitReview.path("role").asText()).isEqualTo("UNIT_HEAD");
        assertThat(unitReview.path("recallable").asBoolean()).isTrue();
        assertThat(unitReview.path("decisions").toString())
                .isEqualTo("[{\"code\":\"APPROVE\",\"label\":\"审核上报\"},{\"code\":\"RETURN\",\"label\":\"退回\"}]");
        assertThat(term("tasks", "draft").path("recallable").asBoolean()).isFalse();
        assertThat(term("tasks", "signOff").path("decisions").findValuesAsText("code")).containsExactly("SIGN", "RETURN");
        // whom a RETURN may go to at each step, the default first, labelled as the enum has it
        assertThat(term("tasks", "signOff").path("returnTargets").findValuesAsText("code"))
                .containsExactly("REVIEWER", "FILER", "UNIT_HEAD");
        assertThat(term("tasks", "prefectureReview").path("returnTargets").toString()).isEqualTo("[{\"code\":\"FILER\",\"label\":\""
                + ReturnTarget.FILER.label() + "\"},{\"code\":\"UNIT_HEAD\",\"label\":\"" + ReturnTarget.UNIT_HEAD.label() + "\"}]");
        assertThat(unitReview.path("returnTargets").isEmpty()).as("a unit head's return goes to the filer").isTrue();

        assertThat(term("roles", "AUDIT_ADMIN").path("administrator").asBoolean()).isTrue();
        assertThat(term("roles", "FILER").path("levels").toString()).isEqualTo("[\"UNIT\"]");
        assertThat(term("orgLevels", "PREFECTURE").path("children").toString()).isEqualTo("[\"COUNTY\",\"UNIT\"]");
        assertThat(term("reportSections", "plans").path("title").asText()).isEqualTo("下一步工作计划");
        assertThat(term("rules", "REPORT_SECTION_MISSING").path("blank").asBoolean()).isTrue();
        assertThat(term("rules", "EVAL_BUDGET_INCONSISTENT").path("blank").asBoolean()).isFalse();
        assertThat(term("indicatorLevels", "OUTPUT").path("level2").get(0).asText()).isEqualTo("数量指标");
        assertThat(term("indicatorLevels", "OUTCOME").path("synonyms").toString())
                .isEqualTo("[\"项目效果指标\",\"项目效益指标\"]");
    }

    /** A word list typed again in the web app would drift from the enums: the scripts quote no served label. */
    @Test
    void theScriptsTypeNoServedWord() {
        List<String> words = new ArrayList<>();
        meta.fields().forEachRemaining(list -> list.getValue().forEach(t -> {
            words.add(t.path("code").asText());
            words.add(t.path("label").asText());
            t.path("level2").forEach(l -> words.add(l.asText()));
            t.path("synonyms").forEach(l -> words.add(l.asText()));
            if (t.hasNonNull("goalActual")) {
                words.add(t.path("goalActual").asText());
            }
        }));
        words.removeIf(w -> !w.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && !isFundCode(w));
        words.removeAll(CAPTIONS);
        Map<String, String> scripts = WebScripts.all();
        assertThat(scripts).as("the web app's scripts on the classpath").containsKey("app/meta.js").hasSizeGreaterThan(30);
        List<String> retyped = WebScripts.retyped(scripts, words);
        assertThat(retyped).as("served by /api/meta, quoted again in a script").isEmpty();
    }

    private static boolean isFundCode(String word) {
        for (Fund f : Fund.values()) {
            if (f.name().equals(word)) {
                return true;
            }
        }
        return false;
    }

    private <E> void assertTerms(String list, E[] values, Function<E, String> code, Function<E, String> label) {
        JsonNode terms = meta.path(list);
        assertThat(terms.isArray()).as(list).isTrue();
        assertThat(StreamSupport.stream(terms.spliterator(), false).map(t -> t.path("code").asText()))
                .as(list).containsExactly(java.util.Arrays.stream(values).map(code).toArray(String[]::new));
        for (E value : values) {
            assertThat(term(list, code.apply(value)).path("label").asText()).as(list + " " + value)
                    .isEqualTo(label.apply(value));
        }
    }

    private JsonNode term(String list, String code) {
        for (JsonNode t : meta.path(list)) {
            if (t.path("code").asText().equals(code)) {
                return t;
            }
        }
        throw new AssertionError(list + " has no " + code);
    }
}
