package cn.jixiao.workflow.inbox;

import cn.jixiao.security.CurrentUser;
import cn.jixiao.web.ApiException;
import cn.jixiao.web.Page;
import cn.jixiao.workflow.FormWorkflow;
import cn.jixiao.workflow.StepRetry;
import cn.jixiao.workflow.StepRequest;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** /api/tasks: the inbox (待办/已办), claim, unclaim, complete. */
@RestController
@RequestMapping(path = "/api/tasks", produces = MediaType.APPLICATION_JSON_VALUE)
public class TaskController {

    private final Inbox inbox;
    private final FormWorkflow workflow;

    public TaskController(Inbox inbox, FormWorkflow workflow) {
        this.inbox = inbox;
        this.workflow = workflow;
    }

    @GetMapping
    public Page<Inbox.Item> list(@AuthenticationPrincipal CurrentUser user,
                                 @RequestParam(defaultValue = "todo") String scope,
                                 @RequestParam(required = false) String type,
                                 @RequestParam(required = false) Integer year,
                                 @RequestParam(required = false) String fund,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "20") int size) {
        return switch (scope) {
            case "todo" -> inbox.todo(user, type, year, fund, page, size);
            case "done" -> inbox.done(user, type, year, fund, page, size);
            default -> throw ApiException.badRequest("参数 scope 只能为 todo 或 done");
        };
    }

    @PostMapping("/{taskId}/claim")
    public Map<String, String> claim(@AuthenticationPrincipal CurrentUser user, @PathVariable String taskId) {
        workflow.claim(user, taskId);
        return Map.of("taskId", taskId, "assignee", user.username());
    }

    @PostMapping("/{taskId}/unclaim")
    public Map<String, String> unclaim(@AuthenticationPrincipal CurrentUser user, @PathVariable String taskId) {
        workflow.unclaim(user, taskId);
        return Map.of("taskId", taskId);
    }

    @PostMapping(path = "/{taskId}/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
    public FormWorkflow.Completed complete(@AuthenticationPrincipal CurrentUser user, @PathVariable String taskId,
                                           @RequestBody StepRequest request) {
        return StepRetry.onContention(() -> workflow.complete(user, taskId, request));
    }
}
