package cn.jixiao.workflow.inbox;

import cn.jixiao.form.FormView;
import cn.jixiao.form.OpenTasks;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.web.Page;
import cn.jixiao.web.Params;
import cn.jixiao.workflow.WorkflowGroups;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** 待办 and 已办: one indexed query on the inbox projection each, scoped to what the user may see. */
@Service
public class Inbox implements OpenTasks {

    public record Item(String taskId, String key, String name, long formId, String formType, String unit,
                       String project, int year, Integer monitorMonth, String fund, String status,
                       LocalDateTime created, LocalDate due, boolean overdue, String assignee,
                       LocalDateTime completed) {

        static Item of(InboxTask t) {
            return new Item(t.taskId(), t.taskKey(), t.taskName(), t.formId(), t.formType(), t.unitName(),
                    t.project(), t.formYear(), t.monitorMonth(), t.fund(), t.status(), t.createdAt(), t.dueDate(),
                    Boolean.TRUE.equals(t.overdue()), t.assignee(), t.completedAt());
        }
    }

    private final InboxMapper mapper;
    private final WorkflowGroups groups;

    public Inbox(InboxMapper mapper, WorkflowGroups groups) {
        this.mapper = mapper;
        this.groups = groups;
    }

    public Page<Item> todo(CurrentUser user, String type, Integer year, String fund, int page, int size) {
        InboxQuery q = query(user, type, year, fund, page, size);
        return new Page<>(mapper.todo(q).stream().map(Item::of).toList(), mapper.countTodo(q), page, size);
    }

    public Page<Item> done(CurrentUser user, String type, Integer year, String fund, int page, int size) {
        InboxQuery q = query(user, type, year, fund, page, size);
        return new Page<>(mapper.done(q).stream().map(Item::of).toList(), mapper.countDone(q), page, size);
    }

    @Override
    public Optional<FormView.TaskRef> of(long formId) {
        return Optional.ofNullable(mapper.findOpenByForm(formId)).map(t -> new FormView.TaskRef(t.taskId(),
                t.taskKey(), t.taskName(), t.assignee(), t.candidateGroup(), t.createdAt()));
    }

    private InboxQuery query(CurrentUser user, String type, Integer year, String fund, int page, int size) {
        Page.check(page, size);
        return new InboxQuery(user.username(), groups.of(user), user.scope().pathPrefix(),
                Params.blankToNull(type), year, Params.blankToNull(fund), page, size);
    }

}
