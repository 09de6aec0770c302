package cn.jixiao.rectification;

import cn.jixiao.workflow.TaskKey;
import cn.jixiao.attachment.AttachmentMapper;
import cn.jixiao.attachment.RectificationEvidence;
import cn.jixiao.audit.AuditAction;
import cn.jixiao.audit.AuditLog;
import cn.jixiao.document.DocumentLimits;
import cn.jixiao.form.FormMapper;
import cn.jixiao.form.FormRecord;
import cn.jixiao.form.FormService;
import cn.jixiao.form.FormStatus;
import cn.jixiao.form.GeneratedId;
import cn.jixiao.form.HistoryEntry;
import cn.jixiao.form.HistoryView;
import cn.jixiao.notification.NotificationMapper;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.security.Role;
import cn.jixiao.web.ApiException;
import cn.jixiao.workflow.DeadlineCalendar;
import cn.jixiao.workflow.RectificationRequired;
import cn.jixiao.workflow.StepRequest.RectificationOrder;
import cn.jixiao.workflow.WorkflowGroups;
import cn.jixiao.workflow.inbox.InboxMapper;
import cn.jixiao.workflow.inbox.InboxTask;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rectifications (整改) of forms: required with a decision or later on a signed form, which starts the process
 * {@code rectification}; the filer's report; what a form shows of them. The steps themselves: {@link RectificationSteps}.
 */
@Service
public class RectificationService implements RectificationEvidence {

    public static final String PROCESS_KEY = "rectification";
    static final String REQUIRED_LATER = "SIGNED";

    private final RectificationMapper rectifications;
    private final FormMapper forms;
    private final FormService formService;
    private final RuntimeService runtime;
    private final WorkflowGroups groups;
    private final DeadlineCalendar deadlines;
    private final InboxMapper inbox;
    private final AttachmentMapper attachments;
    private final NotificationMapper notifications;
    private final AuditLog audit;
    private final Clock clock;
    private final ObjectMapper json;

    public RectificationService(RectificationMapper rectifications, FormMapper forms, FormService formService,
                                RuntimeService runtime, WorkflowGroups groups, DeadlineCalendar deadlines,
                                InboxMapper inbox, AttachmentMapper attachments, NotificationMapper notifications,
                                AuditLog audit, Clock clock, ObjectMapper json) {
        this.rectifications = rectifications;
        this.forms = forms;
        this.formService = formService;
        this.runtime = runtime;
        this.groups = groups;
        this.deadlines = deadlines;
        this.inbox = inbox;
        this.attachments = attachments;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
    }

    /** prefectureReview APPROVE or signOff SIGN carried an order: in the decision's transaction. */
    @EventListener
    public void onRequired(RectificationRequired required) {
        start(required.by(), forms.findById(required.formId()), required.taskKey(), required.order());
    }

    /** POST /api/forms/{id}/rectifications: the prefecture's reviewer or leader, on a signed form. */
    @Transactional
    public RectificationView require(CurrentUser user, long formId, RectificationOrder order) {
        FormRecord form = formService.visible(user, formId);
        if (!user.hasRole(Role.PREFECTURE_REVIEWER) && !user.hasRole(Role.PREFECTURE_LEADER)) {
            throw ApiException.forbidden("只有地区审核人员或地区领导可以提出整改要求");
        }
        forms.lockById(formId);
        if (forms.findById(formId).status() != FormStatus.SIGNED) {
            throw ApiException.conflict("只能对已签发的表单另行提出整改；审核中的表单请在地区审核通过或领导签发时一并提出");
        }
        long id = start(user, form, REQUIRED_LATER, order);
        return view(rectifications.find(id));
    }

    private long start(CurrentUser by, FormRecord form, String step, RectificationOrder order) {
        LocalDate due = RectificationOrders.dueOf(order, LocalDate.now(clock));
        GeneratedId id = new GeneratedId();
        rectifications.insert(new RectificationRecord(null, form.id(), order.requirements().strip(), due,
                RectificationStatus.OPEN, null, by.username(), LocalDateTime.now(clock), step, null, false, null), id);
        long rectificationId = id.getValue();
        rectifications.insertHistory(new HistoryEntry(null, form.id(), null, by.username(), by.displayName(),
                "RECTIFY_REQUIRE", step, form.version(), order.requirements().strip() + "（整改期限 " + due + "）",
                null, null, null), rectificationId);
        WorkflowGroups.ForUnit g = groups.forUnit(form.unitId());
        Map<String, Object> variables = new HashMap<>();
        variables.put("rectificationId", rectificationId);
        variables.put("formId", form.id());
        variables.put("filer", form.filer());
        variables.put("unitHeadGroup", g.unitHeads());
        variables.put("reviewerGroup", g.reviewers());
        variables.put("dueDate", deadlines.endOf(due));
        variables.put("reminderDate", deadlines.endOf(deadlines.reminderDate(form.unitId(), due)));
        variables.put("dueDay", due.toString());
        String instance = runtime.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(form.id()), variables).getId();
        rectifications.setProcessInstance(rectificationId, instance);
        notifications.insert(List.of(form.filer()), form.id(), "RECTIFY_REQUIRED",
                "《" + form.project() + "》需要整改，期限 " + due + "：" + order.requirements().strip());
        audit.record(by.username(), AuditAction.RECTIFICATION_REQUIRE, form.id(), "整改 " + rectificationId + "（"
                + (REQUIRED_LATER.equals(step) ? "签发后要求" : TaskKey.of(step).label() + "时要求") + "）");
        return rectificationId;
    }

    /** PUT /api/rectifications/{id}: the filer writes the 整改情况 while 整改填报 is open. */
    @Transactional
    public RectificationView updateReport(CurrentUser user, long id, String report) {
        RectificationRecord r = visible(user, id);
        FormRecord form = forms.findById(r.formId());
        if (!form.filer().equals(user.username())) {
            throw ApiException.forbidden("只有该表的填报人可以填写整改情况");
        }
        rectifications.lock(id);
        InboxTask open = inbox.findOpenByRectification(id);
        if (open == null || !"rectify".equals(open.taskKey())) {
            throw ApiException.conflict("整改情况已提交，当前不能修改");
        }
        if (report != null && report.length() > DocumentLimits.REPORT_SECTION) {
            throw ApiException.badRequest("整改情况（字段 report）不能超过 " + DocumentLimits.REPORT_SECTION + " 个字符");
        }
        rectifications.updateReport(id, report == null || report.isBlank() ? null : report);
        audit.record(user.username(), AuditAction.RECTIFICATION_REPORT, r.formId(), String.valueOf(id));
        return view(rectifications.find(id));
    }

    public List<RectificationView> forForm(CurrentUser user, long formId) {
        formService.visible(user, formId);
        return rectifications.byForm(formId).stream().map(this::view).toList();
    }

    public RectificationView one(CurrentUser user, long id) {
        return view(visible(user, id));
    }

    @Override
    public Long openFor(long formId, String username) {
        FormRecord form = forms.findById(formId);
        return form != null && form.filer().equals(username) ? rectifications.openRectifyTask(formId) : null;
    }

    private RectificationRecord visible(CurrentUser user, long id) {
        RectificationRecord r = rectifications.find(id);
        if (r == null) {
            throw ApiException.notFound("整改 " + id + " 不存在");
        }
        try {
            formService.visible(user, r.formId());
        } catch (ApiException e) {
            throw ApiException.notFound("整改 " + id + " 不存在");
        }
        return r;
    }

    private RectificationView view(RectificationRecord r) {
        InboxTask t = inbox.findOpenByRectification(r.id());
        RectificationView.TaskRef task = t == null ? null
                : new RectificationView.TaskRef(t.taskId(), t.taskKey(), t.taskName(), t.assignee(), t.candidateGroup());
        return new RectificationView(r.id(), r.formId(), r.requirements(), r.dueDate(), r.status(), r.status().label(),
                r.report(), r.overdue(), r.requiredBy(), r.requiredAt(), r.requiredAtStep(), r.acceptedAt(), task,
                attachments.byRectification(r.id()),
                rectifications.history(r.id()).stream().map(e -> HistoryView.of(e, json)).toList());
    }
}
