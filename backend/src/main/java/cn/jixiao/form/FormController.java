package cn.jixiao.form;

import cn.jixiao.form.FormVersionMapper.VersionInfo;
import cn.jixiao.document.FormDocument;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.validation.ValidationResult;
import cn.jixiao.web.Page;
import cn.jixiao.web.ApiException;
import cn.jixiao.web.Params;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** /api/forms: validate, create, edit, read, list, history, versions (recall is the workflow's). */
@RestController
@RequestMapping(path = "/api/forms", produces = MediaType.APPLICATION_JSON_VALUE)
public class FormController {

    private static final int MAX_KEYWORD = 100;

    private final FormService forms;
    private final FormChecks checks;
    private final ObjectMapper json;

    public FormController(FormService forms, FormChecks checks, ObjectMapper json) {
        this.forms = forms;
        this.checks = checks;
        this.json = json;
    }

    /** Stateless: the single-form rules with the thresholds of the caller's prefecture. */
    @PostMapping(path = "/validate", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ValidationResult validate(@AuthenticationPrincipal CurrentUser user, @RequestBody FormDocument body) {
        return checks.check(forms.checked(body), user.orgId());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public FormView create(@AuthenticationPrincipal CurrentUser user, @RequestBody FormDocument body) {
        return forms.create(user, body);
    }

    @GetMapping
    public Page<FormSummary> list(@AuthenticationPrincipal CurrentUser user,
                                  @RequestParam(required = false) String type,
                                  @RequestParam(required = false) Integer year,
                                  @RequestParam(required = false) String fund,
                                  @RequestParam(required = false) FormStatus status,
                                  @RequestParam(required = false) Integer monitorMonth,
                                  @RequestParam(required = false) String cc,
                                  @RequestParam(required = false) String q,
                                  @RequestParam(required = false) Long unitId,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "20") int size) {
        if (cc != null) {
            if (!cc.equals("me")) {
                throw ApiException.badRequest("参数 cc 只能为 me（抄送我的）");
            }
            return forms.copiedTo(user, page, size);
        }
        return forms.list(user, new FormQuery(Params.blankToNull(type), year, Params.blankToNull(fund), status, monitorMonth,
                keyword(q), unitId, page, size));
    }

    /** The orgs in the caller's scope that file forms, for the unit filter of the form list. */
    @GetMapping("/units")
    public List<FormService.UnitRef> units(@AuthenticationPrincipal CurrentUser user) {
        return forms.units(user);
    }

    private static String keyword(String q) {
        String keyword = Params.blankToNull(q == null ? null : q.strip());
        if (keyword != null && keyword.length() > MAX_KEYWORD) {
            throw ApiException.badRequest("参数 q（关键词）最长 " + MAX_KEYWORD + " 个字");
        }
        return keyword;
    }

    @GetMapping("/{id}")
    public FormView get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return forms.view(user, id);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public FormView update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                           @RequestBody FormUpdate body) {
        return forms.update(user, id, body.version(), body.form(), body.isAutosave());
    }

    @GetMapping("/{id}/history")
    public List<HistoryView> history(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return forms.history(user, id).stream().map(e -> HistoryView.of(e, json)).toList();
    }

    @GetMapping("/{id}/versions")
    public List<VersionInfo> versions(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return forms.versions(user, id);
    }

    @GetMapping("/{id}/versions/{version}")
    public Map<String, FormDocument> version(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                             @PathVariable int version) {
        return Map.of("form", forms.version(user, id, version));
    }

}
