package cn.jixiao.workflow;

import cn.jixiao.security.CurrentUser;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/forms/{id}/recall: the filer takes a submitted form back (a message to its process). */
@RestController
public class RecallController {

    private final FormWorkflow workflow;

    public RecallController(FormWorkflow workflow) {
        this.workflow = workflow;
    }

    @PostMapping(path = "/api/forms/{id}/recall", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> recall(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return Map.of("formId", id, "status", workflow.recall(user, id));
    }
}
