package cn.jixiao.collab;

import cn.jixiao.audit.AuditAction;
import cn.jixiao.audit.AuditLog;
import cn.jixiao.form.FormAction;
import cn.jixiao.form.FormCopyMapper;
import cn.jixiao.form.FormHistoryMapper;
import cn.jixiao.form.FormRecord;
import cn.jixiao.form.FormService;
import cn.jixiao.form.HistoryEntry;
import cn.jixiao.notification.NotificationMapper;
import cn.jixiao.org.OrgHierarchy;
import cn.jixiao.org.OrgMapper;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.web.ApiException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 抄送: someone who sees a form copies it to people of the form's prefecture (any business role). They may
 * then read it — the form, its history, comments and process — and are told so; "抄送我的" lists it for them.
 */
@Service
class FormCopies {

    static final int MAX_PEOPLE = 50;

    private final FormService forms;
    private final FormCopyMapper copies;
    private final CcMapper people;
    private final OrgMapper orgs;
    private final OrgHierarchy hierarchy;
    private final NotificationMapper notifications;
    private final FormHistoryMapper history;
    private final AuditLog audit;

    FormCopies(FormService forms, FormCopyMapper copies, CcMapper people, OrgMapper orgs, OrgHierarchy hierarchy,
               NotificationMapper notifications, FormHistoryMapper history, AuditLog audit) {
        this.forms = forms;
        this.copies = copies;
        this.people = people;
        this.orgs = orgs;
        this.hierarchy = hierarchy;
        this.notifications = notifications;
        this.history = history;
        this.audit = audit;
    }

    /** The people of the form's prefecture it may be copied to. */
    List<CcMapper.Person> candidates(CurrentUser user, long formId) {
        FormRecord form = inScope(user, formId);
        return people.peopleUnder(orgs.findById(hierarchy.prefectureIdOf(form.unitId())).path()).stream()
                .filter(p -> !p.username().equals(user.username()))
                .toList();
    }

    /** Copies the form; returns the people newly copied (those copied before are not told again). */
    @Transactional
    List<String> copy(CurrentUser user, long formId, List<String> usernames, String comment) {
        String note = CollabText.optional("comment", comment);
        if (usernames == null || usernames.isEmpty()) {
            throw ApiException.badRequest("请选择抄送给谁（字段 users）");
        }
        if (usernames.size() > MAX_PEOPLE) {
            throw ApiException.badRequest("一次最多抄送 " + MAX_PEOPLE + " 人（字段 users）");
        }
        FormRecord form = inScope(user, formId);
        Map<String, CcMapper.Person> allowed = candidates(user, formId).stream()
                .collect(Collectors.toMap(CcMapper.Person::username, Function.identity()));
        Set<String> wanted = new LinkedHashSet<>();
        for (String u : usernames) {
            if (u == null || !allowed.containsKey(u.strip())) {
                throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "CC_NOT_ALLOWED",
                        "用户 " + u + " 不是本地区的业务人员，不能抄送（字段 users）");
            }
            wanted.add(u.strip());
        }
        List<String> added = wanted.stream().filter(u -> copies.insert(formId, u, user.username()) > 0).toList();
        if (added.isEmpty()) {
            return added;
        }
        notifications.insert(added, formId, "CC", user.displayName() + " 抄送《" + form.project() + "》给您"
                + (note == null ? "" : "：" + note));
        String names = added.stream().map(u -> allowed.get(u).displayName()).collect(Collectors.joining("、"));
        history.insert(new HistoryEntry(null, formId, null, user.username(), user.displayName(), FormAction.CC.name(), null,
                form.version(), "抄送：" + names + (note == null ? "" : "；" + note), null, null, null));
        audit.record(user.username(), AuditAction.FORM_CC, formId, "抄送给 " + String.join("、", added)
                + (note == null ? "" : "；" + note));
        return added;
    }

    /** Copying is for those who see the form by their scope, not for those who only hold a copy. */
    private FormRecord inScope(CurrentUser user, long formId) {
        FormRecord form = forms.visible(user, formId);
        if (!user.scope().covers(orgs.findById(form.unitId()).path())) {
            throw ApiException.forbidden("抄送给您的表单不能再抄送");
        }
        return form;
    }
}
