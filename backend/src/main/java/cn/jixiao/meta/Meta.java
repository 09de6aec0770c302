package cn.jixiao.meta;

import cn.jixiao.admin.CalendarKind;
import cn.jixiao.audit.AuditAction;
import cn.jixiao.campaign.CampaignView;
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
import cn.jixiao.validation.IndicatorLevels;
import cn.jixiao.validation.RuleCode;
import cn.jixiao.validation.Severity;
import cn.jixiao.workflow.ReturnTarget;
import cn.jixiao.workflow.TaskKey;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * GET /api/meta: the domain vocabulary of the Java enums, each term as its code and Chinese label with the
 * attributes the screens need, so the web app types none of it again. Lists are in the enums' order.
 */
public record Meta(List<FundTerm> funds, List<FormTypeTerm> formTypes, List<Term> statuses, List<Term> itemStatuses,
                   List<OrgLevelTerm> orgLevels, List<RoleTerm> roles, List<TaskTerm> tasks, List<Term> actions,
                   List<SectionTerm> reportSections, List<Term> severities, List<RuleTerm> rules,
                   List<IndicatorLevelTerm> indicatorLevels, List<Term> likelihoods, List<Term> qualitativeLevels,
                   List<Term> deviationCategories, List<Term> auditActions, List<Term> calendarKinds,
                   List<Term> returnTargets, List<NoteTerm> fillingNotes) {

    public record Term(String code, String label) {
    }

    public record FundTerm(String code, String label, String shortLabel, boolean medical) {
    }

    /**
     * {@code mainSources}: the 其中 line of the budget under each fund (财政资金 on the monitoring table);
     * {@code mainSource} the line while no fund is chosen; {@code goalActual} the name of goal.actual on this table.
     */
    public record FormTypeTerm(String code, String label, String shortLabel, String mainSource,
                               Map<String, String> mainSources, String goalActual) {
    }

    public record OrgLevelTerm(String code, String label, List<String> children) {
    }

    public record RoleTerm(String code, String label, boolean administrator, List<String> levels) {
    }

    /**
     * {@code code} is the BPMN task id; {@code step} its place on the 填报 → 签发 line; {@code returnTargets} whom its
     * RETURN may go to ({@code returnTo}), the default first, empty where a return goes to the filer only.
     */
    public record TaskTerm(String code, String label, int step, String status, String role, boolean group,
                           boolean recallable, List<Term> decisions, List<Term> returnTargets) {
    }

    /** {@code code} is the key in {@code report.sections}; {@code label} the printed heading, {@code title} without its numeral. */
    public record SectionTerm(String code, String label, String title) {
    }

    /** {@code blank}: the finding only says a field is not filled in yet. */
    public record RuleTerm(String code, String label, boolean blank) {
    }

    /** A 填表说明 note: {@code label} its text, shown beside the editor's {@code sections} on the tables of {@code types}. */
    public record NoteTerm(String code, String label, List<String> sections, List<String> types) {
    }

    public record IndicatorLevelTerm(String code, String label, List<String> level2, List<String> synonyms) {
    }

    /** The vocabulary; it never changes while the application runs. */
    public static Meta build() {
        return new Meta(
                map(Fund.values(), f -> new FundTerm(f.name(), f.label(), f.shortLabel(), f.medical())),
                map(FormType.values(), t -> new FormTypeTerm(t.name(), t.label(), t.shortLabel(),
                        Fund.mainSourceLabel(t, null), mainSources(t), t.goalActual())),
                map(FormStatus.values(), s -> new Term(s.name(), s.label())),
                campaignItemStatuses(),
                map(OrgLevel.values(), l -> new OrgLevelTerm(l.name(), l.label(), names(l.children()))),
                map(Role.values(), r -> new RoleTerm(r.name(), r.label(), r.administrator(), names(r.levels()))),
                map(TaskKey.values(), t -> new TaskTerm(t.key(), t.label(), t.step(), t.status() == null ? null : t.status().name(),
                        t.role().name(), t.group(), t.recallable(),
                        t.decisions().stream().map(d -> new Term(d.name(), t.decisionLabel(d))).toList(),
                        t.returnTargets().stream().map(r -> new Term(r.name(), r.label())).toList())),
                map(FormAction.values(), a -> new Term(a.name(), a.label())),
                map(ReportSection.values(), s -> new SectionTerm(s.key(), s.heading(), s.title())),
                map(Severity.values(), s -> new Term(s.name(), s.label())),
                map(RuleCode.values(), r -> new RuleTerm(r.name(), r.title(), r.blank())),
                map(IndicatorLevels.Level1.values(),
                        l -> new IndicatorLevelTerm(l.name(), l.label(), l.level2(), l.synonyms())),
                map(Likelihood.values(), l -> new Term(l.name(), l.label())),
                map(QualitativeLevel.values(), l -> new Term(l.name(), l.label())),
                map(DeviationCategory.values(), c -> new Term(c.name(), c.label())),
                map(AuditAction.values(), a -> new Term(a.name(), a.label())),
                map(CalendarKind.values(), k -> new Term(k.name(), k.label())),
                map(ReturnTarget.values(), t -> new Term(t.name(), t.label())),
                map(FillingNote.values(), n -> new NoteTerm(n.name(), n.text(), n.sections(), names(n.types()))));
    }

    /** A filing campaign's item: 未报 while nothing is filed, then its form's status. */
    private static List<Term> campaignItemStatuses() {
        List<Term> terms = new java.util.ArrayList<>();
        terms.add(new Term(CampaignView.NOT_STARTED, CampaignView.NOT_STARTED_LABEL));
        terms.addAll(map(FormStatus.values(), s -> new Term(s.name(), s.label())));
        return List.copyOf(terms);
    }

    private static Map<String, String> mainSources(FormType type) {
        Map<String, String> lines = new LinkedHashMap<>();
        for (Fund fund : Fund.values()) {
            lines.put(fund.name(), Fund.mainSourceLabel(type, fund));
        }
        return lines;
    }

    private static <E extends Enum<E>> List<String> names(Collection<E> values) {
        return values.stream().sorted().map(Enum::name).toList();
    }

    private static <E, T> List<T> map(E[] values, Function<E, T> term) {
        return Arrays.stream(values).map(term).toList();
    }
}
