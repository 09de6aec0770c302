package cn.jixiao.collab;

import cn.jixiao.security.CurrentUser;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 催办 and 转办 of an open task (api.md v2, Collaboration on a task). */
@RestController
@RequestMapping(path = "/api/tasks", produces = MediaType.APPLICATION_JSON_VALUE)
class CollabTaskController {

    record UrgeRequest(String comment) {
    }

    record TransferRequest(String to, String comment) {
    }

    private final TaskUrges urges;
    private final TaskTransfers transfers;

    CollabTaskController(TaskUrges urges, TaskTransfers transfers) {
        this.urges = urges;
        this.transfers = transfers;
    }

    @PostMapping("/{taskId}/urge")
    public Map<String, Object> urge(@AuthenticationPrincipal CurrentUser user, @PathVariable String taskId,
                                    @RequestBody(required = false) UrgeRequest body) {
        List<String> told = urges.urge(user, taskId, body == null ? null : body.comment());
        return Map.of("taskId", taskId, "notified", told.size());
    }

    @PostMapping(path = "/{taskId}/transfer", consumes = MediaType.APPLICATION_JSON_VALUE)
    public TaskTransfers.Transferred transfer(@AuthenticationPrincipal CurrentUser user, @PathVariable String taskId,
                                              @RequestBody TransferRequest body) {
        return transfers.transfer(user, taskId, body.to(), body.comment());
    }

    /** The colleagues this task may be transferred to, for the dialog. */
    @GetMapping("/{taskId}/transfer-candidates")
    public List<TaskTransfers.Colleague> candidates(@AuthenticationPrincipal CurrentUser user, @PathVariable String taskId) {
        return transfers.candidates(user, taskId);
    }
}
