package cn.jixiao.rectification;

import cn.jixiao.security.CurrentUser;
import cn.jixiao.web.ApiException;
import cn.jixiao.workflow.StepRequest.RectificationOrder;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** /api/forms/{id}/rectifications and /api/rectifications/{id} (api.md, 整改). */
@RestController
public class RectificationController {

    private final RectificationService service;
    private final RectificationSuggestion suggestion;

    public RectificationController(RectificationService service, RectificationSuggestion suggestion) {
        this.service = service;
        this.suggestion = suggestion;
    }

    @GetMapping(path = "/api/forms/{id}/rectifications", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<RectificationView> list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return service.forForm(user, id);
    }

    @PostMapping(path = "/api/forms/{id}/rectifications", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public RectificationView require(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                     @RequestBody RectificationOrder order) {
        return service.require(user, id, order);
    }

    /** Why the screens suggest a rectification for this form (a 自评 graded 中/差, an indicator 完全不可能), if they do. */
    @GetMapping(path = "/api/forms/{id}/rectifications/suggestion", produces = MediaType.APPLICATION_JSON_VALUE)
    public RectificationSuggestion.Suggestion suggest(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return suggestion.of(user, id);
    }

    @GetMapping(path = "/api/rectifications/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public RectificationView one(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return service.one(user, id);
    }

    /** Body {"report": "…"}. */
    @PutMapping(path = "/api/rectifications/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public RectificationView report(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                    @RequestBody Map<String, Object> body) {
        Object report = body.get("report");
        if (report != null && !(report instanceof String)) {
            throw ApiException.badRequest("字段 report 应为文字");
        }
        return service.updateReport(user, id, (String) report);
    }
}
