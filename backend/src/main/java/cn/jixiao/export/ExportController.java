package cn.jixiao.export;

import cn.jixiao.audit.AuditAction;
import cn.jixiao.audit.AuditLog;
import cn.jixiao.form.FormQuery;
import cn.jixiao.form.FormService;
import cn.jixiao.form.FormStatus;
import cn.jixiao.form.FormView;
import cn.jixiao.document.FormType;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.web.ApiException;
import cn.jixiao.web.Params;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The official tables out (.xlsx, PDF, bulk) and in (a filled template becomes a draft). */
@RestController
public class ExportController {

    private final FormExports exports;
    private final FormService forms;
    private final FormTemplates templates = new FormTemplates();
    private final FormXlsxImporter importer = new FormXlsxImporter();
    private final AuditLog audit;

    public ExportController(FormExports exports, FormService forms, AuditLog audit) {
        this.exports = exports;
        this.forms = forms;
        this.audit = audit;
    }

    @GetMapping("/api/forms/{id}/export")
    public ResponseEntity<byte[]> exportOne(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                            @RequestParam(defaultValue = "xlsx") String format) {
        FormExports.Exported file = exports.one(user, id, format);
        audit.record(user.username(), AuditAction.FORM_EXPORT, id, format);
        return download(file);
    }

    @GetMapping("/api/forms/export")
    public ResponseEntity<byte[]> exportMany(@AuthenticationPrincipal CurrentUser user,
                                             @RequestParam(required = false) String type,
                                             @RequestParam(required = false) Integer year,
                                             @RequestParam(required = false) String fund,
                                             @RequestParam(required = false) FormStatus status,
                                             @RequestParam(required = false) Integer monitorMonth,
                                             @RequestParam(defaultValue = "xlsx") String format) {
        FormQuery filters = new FormQuery(Params.blankToNull(type), year, Params.blankToNull(fund), status,
                monitorMonth, 0, 200);
        FormExports.Exported file = exports.many(user, filters, format);
        audit.record(user.username(), AuditAction.FORMS_EXPORT, null, format + " " + file.fileName());
        return download(file);
    }

    @GetMapping("/api/templates/{type}.xlsx")
    public ResponseEntity<byte[]> template(@PathVariable String type) {
        FormType formType;
        try {
            formType = FormType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("没有 " + type + " 类型的模板（可选 TARGET、MONITORING、EVALUATION）");
        }
        return download(new FormExports.Exported(FormTemplates.fileName(formType), FormExports.XLSX,
                templates.template(formType)));
    }

    /** A filled template becomes a draft of the caller's unit; a wrong cell is a 400 naming it. */
    @PostMapping(path = "/api/forms/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public FormView importForm(@AuthenticationPrincipal CurrentUser user, @RequestParam("file") MultipartFile file) {
        if (file.isEmpty()) {
            throw ApiException.badRequest("请选择要导入的 Excel 文件（字段 file）");
        }
        try {
            return forms.create(user, importer.read(file.getBytes()));
        } catch (FormImportException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "IMPORT_FAILED",
                    String.join("；", e.problems().stream().map(ImportProblem::toString).toList()), e.problems());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file as an attachment under its (Chinese) name. */
    public static ResponseEntity<byte[]> download(FormExports.Exported file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.bytes());
    }
}
