package cn.jixiao.attachment;

import cn.jixiao.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** /api/forms/{id}/attachments and /api/attachments/{id} (api.md, 附件). */
@RestController
public class AttachmentController {

    private final AttachmentService service;

    public AttachmentController(AttachmentService service) {
        this.service = service;
    }

    @PostMapping(path = "/api/forms/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public Attachment upload(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                             @RequestParam(name = "file", required = false) MultipartFile file,
                             @RequestParam(name = "kind", required = false) String kind) {
        return service.upload(user, id, file, kind);
    }

    @GetMapping(path = "/api/forms/{id}/attachments", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<Attachment> list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return service.list(user, id);
    }

    /**
     * The file as it was uploaded, under its own name. {@code inline=true} lets the browser show images and PDFs
     * in place; every other type is always a download. nosniff: the browser takes the type we decided, never guesses.
     */
    @GetMapping("/api/attachments/{id}")
    public void download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                         @RequestParam(defaultValue = "false") boolean inline, HttpServletResponse response)
            throws IOException {
        Attachment a = service.visible(user, id);
        boolean showInPlace = inline && AttachmentType.ofContentType(a.contentType()).previewable();
        response.setContentType(a.contentType());
        response.setContentLengthLong(a.sizeBytes());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.of(showInPlace, a.name()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        service.copyContent(a, response.getOutputStream());
    }

    @DeleteMapping("/api/attachments/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        service.delete(user, id);
    }
}
