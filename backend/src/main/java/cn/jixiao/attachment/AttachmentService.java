package cn.jixiao.attachment;

import cn.jixiao.audit.AuditAction;
import cn.jixiao.audit.AuditLog;
import cn.jixiao.form.FormMapper;
import cn.jixiao.form.FormRecord;
import cn.jixiao.form.FormService;
import cn.jixiao.form.FormSigned;
import cn.jixiao.form.FormSnapshotMapper;
import cn.jixiao.form.FormStatus;
import cn.jixiao.form.GeneratedId;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.web.ApiException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Attachments of forms (and of their rectifications): upload with the type decided from the content, listing,
 * download chunk by chunk, deletion while the form is editable; frozen into the snapshot at sign-off.
 */
@Service
public class AttachmentService {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final int MAX_PER_FORM = 50;
    /** Far below MariaDB's default max_allowed_packet (16 MB); a download holds one chunk at a time. */
    static final int CHUNK_BYTES = 1024 * 1024;

    private final AttachmentMapper attachments;
    private final FormService formService;
    private final FormMapper forms;
    private final FormSnapshotMapper snapshots;
    private final List<RectificationEvidence> rectifications;
    private final AuditLog audit;
    private final ObjectMapper json;

    public AttachmentService(AttachmentMapper attachments, FormService formService, FormMapper forms,
                             FormSnapshotMapper snapshots, List<RectificationEvidence> rectifications, AuditLog audit,
                             ObjectMapper json) {
        this.attachments = attachments;
        this.formService = formService;
        this.forms = forms;
        this.snapshots = snapshots;
        this.rectifications = rectifications;
        this.audit = audit;
        this.json = json;
    }

    @Transactional
    public Attachment upload(CurrentUser user, long formId, MultipartFile file, String kindParam) {
        FormRecord form = formService.visible(user, formId);
        AttachmentKind kind = kind(kindParam);
        Long rectificationId = target(user, form, kind);
        if (file == null || file.isEmpty()) {
            throw ApiException.badRequest("缺少文件（字段 file），或文件为空");
        }
        if (file.getSize() > MAX_BYTES) {
            throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "ATTACHMENT_TOO_LARGE", "附件不能超过 20 MB");
        }
        forms.lockById(formId); // uploads to one form one after another, so the count below holds
        if (attachments.countByForm(formId) >= MAX_PER_FORM) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "TOO_MANY_ATTACHMENTS",
                    "每张表最多 " + MAX_PER_FORM + " 个附件");
        }
        Path copy = null;
        try {
            copy = Files.createTempFile("jixiao-upload-", ".bin");
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            AttachmentType type = ContentSniffer.typeOf(copy).orElseThrow(() -> new ApiException(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_TYPE",
                    "附件类型不受支持：只接受 PDF、OFD、JPEG、PNG、DOCX、XLSX、DOC、XLS（按文件内容判断）"));
            GeneratedId id = new GeneratedId();
            attachments.insert(new Attachment(null, formId, rectificationId, AttachmentNames.clean(file.getOriginalFilename(), type),
                    kind.name(), type.contentType(), 0, "", 0, user.username(), LocalDateTime.now()), id);
            store(id.getValue(), copy);
            audit.record(user.username(), AuditAction.ATTACHMENT_UPLOAD, formId, "附件 " + id.getValue() + "（" + type.name() + "）");
            return attachments.find(id.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(copy);
        }
    }

    public List<Attachment> list(CurrentUser user, long formId) {
        formService.visible(user, formId);
        return attachments.byForm(formId);
    }

    /** The attachment if its form is visible to the caller (404 otherwise). */
    public Attachment visible(CurrentUser user, long attachmentId) {
        Attachment a = attachments.find(attachmentId);
        if (a == null) {
            throw ApiException.notFound("附件 " + attachmentId + " 不存在");
        }
        try {
            formService.visible(user, a.formId());
        } catch (ApiException e) {
            throw ApiException.notFound("附件 " + attachmentId + " 不存在");
        }
        return a;
    }

    /** Writes the content chunk by chunk: one chunk (1 MB) in the heap at a time, whatever the file's size. */
    public void copyContent(Attachment a, OutputStream out) throws IOException {
        for (int seq = 0; seq < a.chunkCount(); seq++) {
            out.write(attachments.chunk(a.id(), seq).data());
        }
    }

    @Transactional
    public void delete(CurrentUser user, long attachmentId) {
        Attachment a = visible(user, attachmentId);
        FormRecord form = forms.lockById(a.formId());
        if (!form.filer().equals(user.username())) {
            throw ApiException.forbidden("只有该表的填报人可以上传或删除附件");
        }
        if (a.rectificationId() != null) { // a rectification's evidence changes only while its 整改填报 is open
            if (!a.rectificationId().equals(openRectification(user, form))) {
                throw ApiException.conflict("整改材料只能在整改填报环节删除");
            }
        } else if (form.status() == FormStatus.SIGNED) {
            throw ApiException.conflict("已签发表单的附件不能删除");
        } else {
            requireEditableBy(user, form);
        }
        attachments.deleteChunks(a.id());
        attachments.delete(a.id());
        audit.record(user.username(), AuditAction.ATTACHMENT_DELETE, a.formId(), a.id() + " " + a.name());
    }

    /** Sign-off freezes the attachments: the snapshot lists each one's SHA-256. */
    @EventListener
    public void onSigned(FormSigned signed) {
        List<Map<String, Object>> listed = attachments.byForm(signed.formId()).stream()
                .map(a -> Map.<String, Object>of("id", a.id(), "name", a.name(), "sha256", a.sha256(), "size", a.sizeBytes()))
                .toList();
        try {
            snapshots.setAttachments(signed.formId(), json.writeValueAsString(listed));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rectification an upload belongs to (null: the form itself), after checking the caller may upload. */
    private Long target(CurrentUser user, FormRecord form, AttachmentKind kind) {
        Long open = openRectification(user, form);
        if (open != null && (kind == AttachmentKind.RECTIFICATION || form.status() == FormStatus.SIGNED)) {
            return open;
        }
        requireEditableBy(user, form);
        return null;
    }

    private Long openRectification(CurrentUser user, FormRecord form) {
        return rectifications.stream().map(r -> r.openFor(form.id(), user.username()))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private static void requireEditableBy(CurrentUser user, FormRecord form) {
        if (!form.filer().equals(user.username())) {
            throw ApiException.forbidden("只有该表的填报人可以上传或删除附件");
        }
        if (form.status() != FormStatus.DRAFT && form.status() != FormStatus.RETURNED) {
            throw ApiException.conflict("表单当前不在填报或退回修改环节，附件不能更改");
        }
    }

    private void store(long id, Path file) throws IOException {
        MessageDigest sha = sha256();
        long size = 0;
        int seq = 0;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            byte[] chunk;
            while ((chunk = in.readNBytes(CHUNK_BYTES)).length > 0) {
                attachments.insertChunk(id, seq++, chunk);
                size += chunk.length;
            }
        }
        attachments.complete(id, size, HexFormat.of().formatHex(sha.digest()), seq);
    }

    private static AttachmentKind kind(String value) {
        if (value == null || value.isBlank()) {
            return AttachmentKind.EVIDENCE;
        }
        try {
            return AttachmentKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("字段 kind 无效：可选 EVIDENCE / SEALED_SCAN / REPORT / RECTIFICATION");
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temp file left behind is removed with the temp directory
            }
        }
    }
}
