package cn.jixiao.collab;

import cn.jixiao.form.FormCopyMapper;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.web.ApiException;
import cn.jixiao.workflow.inbox.InboxMapper;
import cn.jixiao.workflow.inbox.InboxTask;
import org.springframework.stereotype.Component;

/** Who may see a form, and so chase or discuss it: its scope (the unit, its prefecture), or a copy (抄送) to them. */
@Component
class FormReaders {

    private final InboxMapper inbox;
    private final FormCopyMapper copies;

    FormReaders(InboxMapper inbox, FormCopyMapper copies) {
        this.inbox = inbox;
        this.copies = copies;
    }

    /** The open task when the caller may see its form: 404 otherwise, 409 when it is done already. */
    InboxTask openTask(CurrentUser user, String taskId) {
        InboxTask open = inbox.find(taskId);
        InboxTask seen = open != null ? open : inbox.findDone(taskId);
        if (seen == null || !(user.scope().covers(seen.orgPath()) || copies.copied(seen.formId(), user.username()))) {
            throw ApiException.notFound("任务不存在");
        }
        if (open == null) {
            throw ApiException.conflict("该任务已被处理");
        }
        return open;
    }
}
