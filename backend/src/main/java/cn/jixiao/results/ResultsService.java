package cn.jixiao.results;

import cn.jixiao.audit.AuditAction;
import cn.jixiao.audit.AuditLog;
import cn.jixiao.document.DocumentLimits;
import cn.jixiao.document.Fund;
import cn.jixiao.form.FormMapper;
import cn.jixiao.form.FormRecord;
import cn.jixiao.form.FormService;
import cn.jixiao.form.FormStatus;
import cn.jixiao.form.GeneratedId;
import cn.jixiao.rectification.RectificationStatus;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.security.Role;
import cn.jixiao.web.ApiException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Results application (结果应用): the leader records how each signed form's result was applied; the year's list. */
@Service
public class ResultsService {

    private static final Set<String> TYPES = Set.of("TARGET", "MONITORING", "EVALUATION");

    private final ResultsMapper results;
    private final FormService formService;
    private final FormMapper forms;
    private final AuditLog audit;
    private final Clock clock;

    public ResultsService(ResultsMapper results, FormService formService, FormMapper forms, AuditLog audit, Clock clock) {
        this.results = results;
        this.formService = formService;
        this.forms = forms;
        this.audit = audit;
        this.clock = clock;
    }

    /** The body of POST /api/forms/{id}/applications. */
    public record ApplicationRequest(String measure, BigDecimal amount, String note) {
    }

    @Transactional
    public Application record(CurrentUser user, long formId, ApplicationRequest request) {
        formService.visible(user, formId);
        if (!user.hasRole(Role.PREFECTURE_LEADER)) {
            throw ApiException.forbidden("只有地区领导可以记录结果应用");
        }
        FormRecord form = forms.lockById(formId);
        if (form.status() != FormStatus.SIGNED) {
            throw ApiException.conflict("只有已签发的表单可以记录结果应用");
        }
        Measure measure = measure(request);
        BigDecimal amount = amount(measure, request.amount());
        if (request.note() != null && request.note().length() > DocumentLimits.TEXT) {
            throw ApiException.badRequest("字段 note 不能超过 " + DocumentLimits.TEXT + " 个字符");
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        GeneratedId id = new GeneratedId();
        results.insert(new Application(null, formId, measure, amount, note, user.username(), LocalDateTime.now(clock)), id);
        audit.record(user.username(), AuditAction.RESULT_APPLICATION, formId, measure.name() + (amount == null ? "" : " " + amount));
        return results.find(id.getValue());
    }

    public List<Application> forForm(CurrentUser user, long formId) {
        formService.visible(user, formId);
        return results.byForm(formId);
    }

    /** Every signed form of the year in the caller's scope, with its measures and rectification state. */
    public List<ResultRow> year(CurrentUser user, Integer year, String type) {
        if (year == null) {
            throw ApiException.badRequest("缺少参数 year（年度）");
        }
        if (type != null && !TYPES.contains(type)) {
            throw ApiException.badRequest("参数 type 只能为 TARGET、MONITORING 或 EVALUATION");
        }
        List<ResultsMapper.SignedForm> signed = results.signedForms(user.scope().pathPrefix(), year, type);
        if (signed.isEmpty()) {
            return List.of();
        }
        List<Long> ids = signed.stream().map(ResultsMapper.SignedForm::formId).toList();
        Map<Long, List<Application>> measures = results.byForms(ids).stream()
                .collect(Collectors.groupingBy(Application::formId));
        Map<Long, Set<RectificationStatus>> rectifications = results.rectifications(ids).stream()
                .collect(Collectors.groupingBy(ResultsMapper.RectificationCount::formId,
                        Collectors.mapping(c -> RectificationStatus.valueOf(c.status()),
                                Collectors.toCollection(() -> EnumSet.noneOf(RectificationStatus.class)))));
        Map<Long, Integer> counts = results.rectifications(ids).stream()
                .collect(Collectors.groupingBy(ResultsMapper.RectificationCount::formId,
                        Collectors.summingInt(ResultsMapper.RectificationCount::count)));
        return signed.stream().map(f -> {
            RectificationStatus status = summary(rectifications.getOrDefault(f.formId(), Set.of()));
            return new ResultRow(f.formId(), f.formType(), f.unitId(), f.unitName(), f.fund(), fundLabel(f.fund()),
                    f.project(), f.monitorMonth(), f.grade(), f.score(), f.completion(),
                    measures.getOrDefault(f.formId(), List.of()), status == null ? null : status.name(),
                    status == null ? "无" : status.label(), counts.getOrDefault(f.formId(), 0));
        }).toList();
    }

    /** The least advanced state among a form's rectifications: one still open makes the form's 整改中. */
    static RectificationStatus summary(Set<RectificationStatus> statuses) {
        return statuses.stream().min(Enum::compareTo).orElse(null);
    }

    private static String fundLabel(String fund) {
        try {
            return Fund.valueOf(fund).label();
        } catch (IllegalArgumentException e) {
            return fund;
        }
    }

    private static Measure measure(ApplicationRequest request) {
        if (request == null || request.measure() == null || request.measure().isBlank()) {
            throw ApiException.badRequest("缺少字段 measure（应用措施）");
        }
        try {
            return Measure.valueOf(request.measure());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("字段 measure 无效：可选 PRAISE、PRIORITY、NOTICE、RECTIFY、BUDGET_CUT");
        }
    }

    private static BigDecimal amount(Measure measure, BigDecimal amount) {
        if (!measure.withAmount()) {
            if (amount != null) {
                throw ApiException.badRequest("只有调减预算（BUDGET_CUT）填写金额（字段 amount）");
            }
            return null;
        }
        if (amount == null || amount.signum() <= 0) {
            throw ApiException.badRequest("调减预算须填写大于 0 的金额（字段 amount，万元）");
        }
        if (amount.stripTrailingZeros().scale() > 2 || amount.compareTo(new BigDecimal("9999999999999999.99")) > 0) {
            throw ApiException.badRequest("字段 amount 为万元金额，最多两位小数");
        }
        return amount.setScale(2);
    }
}
