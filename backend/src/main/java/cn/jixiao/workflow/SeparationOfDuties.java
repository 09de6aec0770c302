package cn.jixiao.workflow;

import cn.jixiao.form.FormAction;
import cn.jixiao.form.FormHistoryMapper;
import cn.jixiao.form.HistoryEntry;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.web.ApiException;
import cn.jixiao.workflow.inbox.InboxTask;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * 职责分离 on a form (api.md v2): whoever submitted it is not its unit review, whoever approved its prefecture
 * review does not sign it, whatever roles the account holds. Such a person neither claims the step (a claim
 * hides it from the colleagues who may do it) nor completes it, with any decision → 403 SEPARATION_OF_DUTIES.
 * The earlier act is the last one in the form's history: after a return, the last submission or approval counts.
 */
@Component
public class SeparationOfDuties {

    /** A step, and the earlier act (task key, action) whose actor may not do it, with what they are told. */
    private record Rule(TaskKey taskKey, FormAction action, String message) {
    }

    private static final Map<TaskKey, Rule> RULES = Map.of(
            TaskKey.UNIT_REVIEW, new Rule(null, FormAction.SUBMIT,
                    "您提交了该表，不能再由您审核上报（职责分离），请由本单位其他负责人审核"),
            TaskKey.SIGN_OFF, new Rule(TaskKey.PREFECTURE_REVIEW, FormAction.APPROVE,
                    "您在地区审核中通过了该表，不能再由您签发（职责分离），请由其他领导签发"));

    private final FormHistoryMapper history;

    SeparationOfDuties(FormHistoryMapper history) {
        this.history = history;
    }

    void check(CurrentUser user, InboxTask task) {
        if (excludes(user.username(), task)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "SEPARATION_OF_DUTIES", RULES.get(TaskKey.of(task.taskKey())).message());
        }
    }

    /** Whether the rule keeps {@code username} from this step, e.g. as the colleague a task is transferred to. */
    public boolean excludes(String username, InboxTask task) {
        Rule rule = TaskKey.find(task.taskKey()).map(RULES::get).orElse(null);
        return rule != null && username.equals(lastActor(task.formId(), rule));
    }

    private String lastActor(long formId, Rule rule) {
        List<HistoryEntry> entries = history.findByForm(formId);
        for (int i = entries.size() - 1; i >= 0; i--) {
            HistoryEntry e = entries.get(i);
            if (rule.action().name().equals(e.action())
                    && (rule.taskKey() == null || rule.taskKey().key().equals(e.taskKey()))) {
                return e.actor();
            }
        }
        return null;
    }
}
