package cn.jixiao.demo;

import cn.jixiao.document.FormDocument;
import cn.jixiao.document.FormDocumentReader;
import cn.jixiao.document.FormType;
import cn.jixiao.document.Fund;
import cn.jixiao.form.FormMapper;
import cn.jixiao.form.FormQuery;
import cn.jixiao.form.FormService;
import cn.jixiao.form.FormView;
import cn.jixiao.org.Org;
import cn.jixiao.org.OrgMapper;
import cn.jixiao.security.AppUserDetailsService;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.validation.Finding;
import cn.jixiao.validation.Severity;
import cn.jixiao.workflow.FormWorkflow;
import cn.jixiao.workflow.StepRequest;
import cn.jixiao.workflow.StepRetry;
import cn.jixiao.workflow.TaskKey;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A newcomer's first look (issue 18): the demo database holds forms in the states of real work, made through the
 * real workflow as the demo people would make them — last year's signed 目标表 of every demo unit, and 监控表 of
 * last September waiting for 单位审核 (ks_head), for 地区审核 (ks_reviewer), for 领导签发 (ks_leader), and one of
 * June returned to its filer (ks_filer) with the reviewer's comment. Runs at every start of the demo data
 * ({@code jixiao.demo}, never under the {@code test} profile) and adds only what is missing: a form of the same
 * unit, table, year, fund and month is left as it is, whatever happened to it since.
 */
@Component
@Profile("!test")
@ConditionalOnProperty(name = "jixiao.demo", havingValue = "true")
public class DemoForms implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoForms.class);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** How far along the workflow a demo form is taken. */
    enum Stage { SIGNED, AT_UNIT_REVIEW, AT_PREFECTURE_REVIEW, AT_SIGN_OFF, RETURNED }

    /** One demo form: the unit's people, the table it is made from, and how far it goes. */
    record Plan(String unitCode, String filer, String head, String reviewer, String leader, String template,
                Fund fund, Integer month, Stage stage) {
    }

    static final String RETURN_COMMENT = "6月执行数与财务报表不一致，请核对后重新上报";

    /** The demo units and accounts of R__demo_data.sql. */
    static final List<Plan> PLANS = List.of(
            target("653101-01", "ks", Fund.ENTERPRISE_PENSION, "target-pension"),
            target("653101-02", "ksyb", Fund.EMPLOYEE_MEDICAL, "target-medical"),
            target("653100-01", "kssi", Fund.ENTERPRISE_PENSION, "target-pension"),
            target("653100-02", "ksyb2", Fund.EMPLOYEE_MEDICAL, "target-medical"),
            target("653100-03", "ksrs", Fund.ENTERPRISE_PENSION, "target-pension"),
            new Plan("652827-01", "hj_filer", "hj_head", "bz_reviewer", "bz_leader", "target-pension",
                    Fund.ENTERPRISE_PENSION, null, Stage.SIGNED),
            monitoring("653101-01", "ks", Fund.ENTERPRISE_PENSION, "monitoring-pension", 9, Stage.AT_UNIT_REVIEW),
            monitoring("653101-01", "ks", Fund.ENTERPRISE_PENSION, "monitoring-pension", 6, Stage.RETURNED),
            monitoring("653101-02", "ksyb", Fund.EMPLOYEE_MEDICAL, "monitoring-medical", 9, Stage.AT_PREFECTURE_REVIEW),
            monitoring("653100-01", "kssi", Fund.ENTERPRISE_PENSION, "monitoring-pension", 9, Stage.AT_SIGN_OFF));

    private static Plan target(String unit, String people, Fund fund, String template) {
        return new Plan(unit, people + "_filer", people + "_head", "ks_reviewer", "ks_leader", template, fund, null,
                Stage.SIGNED);
    }

    private static Plan monitoring(String unit, String people, Fund fund, String template, int month, Stage stage) {
        return new Plan(unit, people + "_filer", people + "_head", "ks_reviewer", "ks_leader", template, fund, month,
                stage);
    }

    private final FormService forms;
    private final FormWorkflow workflow;
    private final FormMapper formMapper;
    private final OrgMapper orgs;
    private final AppUserDetailsService accounts;
    private final ObjectMapper json;
    private final Clock clock;

    public DemoForms(FormService forms, FormWorkflow workflow, FormMapper formMapper, OrgMapper orgs,
                     AppUserDetailsService accounts, ObjectMapper json, Clock clock) {
        this.forms = forms;
        this.workflow = workflow;
        this.formMapper = formMapper;
        this.orgs = orgs;
        this.accounts = accounts;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int year = LocalDate.now(clock.withZone(BEIJING)).getYear() - 1;
        int made = 0;
        for (Plan plan : PLANS) {
            Org unit = orgs.findByCode(plan.unitCode());
            if (unit == null || exists(unit, plan, year)) {
                continue;
            }
            make(plan, unit, year);
            made++;
        }
        if (made > 0) {
            log.info("demo: {} forms of {} made through the workflow", made, year);
        }
    }

    private boolean exists(Org unit, Plan plan, int year) {
        FormQuery query = new FormQuery(type(plan).name(), year, plan.fund().name(), null, plan.month(), 0, 1);
        return formMapper.count(query, unit.path()) > 0;
    }

    private static FormType type(Plan plan) {
        return plan.month() == null ? FormType.TARGET : FormType.MONITORING;
    }

    private void make(Plan plan, Org unit, int year) {
        CurrentUser filer = accounts.loadUserByUsername(plan.filer());
        long id = forms.create(filer, document(plan, unit, filer, year)).id();
        step(filer, id, "SUBMIT", null);
        if (plan.stage() == Stage.AT_UNIT_REVIEW) {
            return;
        }
        step(accounts.loadUserByUsername(plan.head()), id, "APPROVE", null);
        if (plan.stage() == Stage.AT_PREFECTURE_REVIEW) {
            return;
        }
        CurrentUser reviewer = accounts.loadUserByUsername(plan.reviewer());
        if (plan.stage() == Stage.RETURNED) {
            step(reviewer, id, "RETURN", RETURN_COMMENT);
            return;
        }
        step(reviewer, id, "APPROVE", null);
        if (plan.stage() == Stage.AT_SIGN_OFF) {
            return;
        }
        step(accounts.loadUserByUsername(plan.leader()), id, "SIGN", null);
    }

    /** The person completes the form's open task, explaining the warnings it shows as a filer would. */
    private void step(CurrentUser user, long formId, String decision, String comment) {
        FormView view = forms.view(user, formId);
        List<StepRequest.Acknowledgement> acks = view.findings().stream()
                .map(Finding.class::cast)
                .filter(f -> f.severity() == Severity.WARNING)
                .map(f -> new StepRequest.Acknowledgement(f.code(), f.path(), "已核实，情况属实"))
                .toList();
        List<StepRequest.FieldComment> fieldComments = comment == null ? null
                : List.of(new StepRequest.FieldComment("budget.executed.total", comment));
        StepRequest request = new StepRequest(decision, comment, fieldComments,
                TaskKey.DRAFT.key().equals(view.task().key()) ? acks : null, null);
        StepRetry.onContention(() -> workflow.complete(user, view.task().id(), request));
    }

    /** The template table, filed by the unit for the year (and month) with its fund, under a project of its own. */
    private FormDocument document(Plan plan, Org unit, CurrentUser filer, int year) {
        try (InputStream in = DemoForms.class.getResourceAsStream("/demo/" + plan.template() + ".json")) {
            ObjectNode doc = (ObjectNode) json.readTree(in);
            doc.put("year", year);
            doc.put("fund", plan.fund().name());
            doc.put("unit", unit.name());
            doc.put("project", plan.fund().label() + "基金支出项目");
            if (plan.month() != null) {
                doc.put("monitorMonth", plan.month());
            }
            doc.putObject("filler").put("name", filer.displayName()).put("phone", "0998-2821234");
            return new FormDocumentReader().read(json.writeValueAsString(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
