package cn.jixiao.results;

import cn.jixiao.audit.AuditAction;
import cn.jixiao.audit.AuditLog;
import cn.jixiao.document.FormType;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.web.ApiException;
import cn.jixiao.web.Params;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** /api/forms/{id}/applications and /api/results (api.md, 结果应用). */
@RestController
public class ResultsController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ResultsService service;
    private final AuditLog audit;

    public ResultsController(ResultsService service, AuditLog audit) {
        this.service = service;
        this.audit = audit;
    }

    @PostMapping(path = "/api/forms/{id}/applications", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public Application record(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                              @RequestBody ResultsService.ApplicationRequest request) {
        return service.record(user, id, request);
    }

    @GetMapping(path = "/api/forms/{id}/applications", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<Application> list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return service.forForm(user, id);
    }

    /** The measures and their labels, for the screens (the words are written here only). */
    @GetMapping(path = "/api/results/measures", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<Map<String, Object>> measures() {
        return Arrays.stream(Measure.values())
                .map(m -> Map.<String, Object>of("code", m.name(), "label", m.label(), "withAmount", m.withAmount()))
                .toList();
    }

    @GetMapping("/api/results")
    public ResponseEntity<?> results(@AuthenticationPrincipal CurrentUser user,
                                     @RequestParam(required = false) Integer year,
                                     @RequestParam(required = false) String type,
                                     @RequestParam(required = false) String format) {
        List<ResultRow> rows = service.year(user, year, Params.blankToNull(type));
        if (format == null || format.isBlank() || format.equals("json")) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(rows);
        }
        if (!format.equals("xlsx")) {
            throw ApiException.badRequest("参数 format 只能为 xlsx");
        }
        audit.record(user.username(), AuditAction.RESULTS_EXPORT, null,
                year + "年" + (type == null ? "" : " " + FormType.valueOf(type).label())); // type checked by year()
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(year + "年度结果应用.xlsx", StandardCharsets.UTF_8).build().toString())
                .body(ResultsWorkbook.of(year, rows));
    }
}
