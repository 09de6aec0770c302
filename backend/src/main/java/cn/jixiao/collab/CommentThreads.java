package cn.jixiao.collab;

import cn.jixiao.audit.AuditAction;
import cn.jixiao.audit.AuditLog;
import cn.jixiao.form.FormRecord;
import cn.jixiao.form.FormService;
import cn.jixiao.form.FormVersionMapper;
import cn.jixiao.notification.NotificationMapper;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.web.ApiException;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cell comments as threads (GET /api/forms/{id}/comments): whoever sees the form replies; the commenter or the
 * filer resolves. A thread is {@code answered} when the cell it is on has changed since the comment was made,
 * which the diff view shows beside the change.
 */
@Service
class CommentThreads {

    public record ReplyView(String author, String authorName, LocalDateTime at, String text) {
    }

    public record ThreadView(long id, String path, String author, String authorName, LocalDateTime at, String text,
                             String task, int version, List<ReplyView> replies, boolean resolved, String resolvedBy,
                             String resolvedByName, LocalDateTime resolvedAt, boolean answered) {
    }

    private final FormService forms;
    private final FormVersionMapper versions;
    private final CommentMapper comments;
    private final NotificationMapper notifications;
    private final AuditLog audit;
    private final ObjectMapper json;

    CommentThreads(FormService forms, FormVersionMapper versions, CommentMapper comments,
                   NotificationMapper notifications, AuditLog audit, ObjectMapper json) {
        this.forms = forms;
        this.versions = versions;
        this.comments = comments;
        this.notifications = notifications;
        this.audit = audit;
        this.json = json;
    }

    List<ThreadView> list(CurrentUser user, long formId) {
        FormRecord form = forms.visible(user, formId);
        Map<Long, List<ReplyView>> replies = comments.replies(formId).stream().collect(Collectors.groupingBy(
                CommentMapper.Reply::threadId,
                Collectors.mapping(r -> new ReplyView(r.author(), r.authorName(), r.createdAt(), r.text()), Collectors.toList())));
        JsonNode current = read(form.document());
        Map<Integer, JsonNode> then = new HashMap<>();
        return comments.threads(formId).stream().map(t -> new ThreadView(t.id(), t.path(), t.author(), t.authorName(),
                t.createdAt(), t.text(), t.taskKey(), t.formVersion(), replies.getOrDefault(t.id(), List.of()),
                t.resolvedBy() != null, t.resolvedBy(), t.resolvedName(), t.resolvedAt(),
                changed(then.computeIfAbsent(t.formVersion(), v -> read(versions.findDocument(formId, v))), current, t.path())))
                .toList();
    }

    @Transactional
    void reply(CurrentUser user, long formId, long threadId, String text) {
        String body = CollabText.required("text", "回复内容", text);
        FormRecord form = forms.visible(user, formId);
        CommentMapper.Thread thread = locked(formId, threadId);
        if (thread.resolvedBy() != null) {
            throw ApiException.conflict("该批注已由 " + thread.resolvedName() + " 标为已解决，不能再回复");
        }
        List<String> others = comments.participants(threadId).stream().filter(u -> !u.equals(user.username())).toList();
        comments.insertReply(threadId, user.username(), user.displayName(), body);
        if (!others.isEmpty()) {
            notifications.insert(others, formId, "COMMENT", user.displayName() + " 回复了《" + form.project() + "》的批注：" + body);
        }
        audit.record(user.username(), AuditAction.COMMENT_REPLY, formId, "回复批注（" + thread.path() + "）：" + body);
    }

    @Transactional
    void resolve(CurrentUser user, long formId, long threadId) {
        FormRecord form = forms.visible(user, formId);
        CommentMapper.Thread thread = locked(formId, threadId);
        if (!user.username().equals(thread.author()) && !user.username().equals(form.filer())) {
            throw ApiException.forbidden("只有批注人或该表的填报人可以标为已解决");
        }
        if (thread.resolvedBy() != null) {
            throw ApiException.conflict("该批注已由 " + thread.resolvedName() + " 标为已解决");
        }
        comments.resolve(threadId, user.username(), user.displayName());
        if (!user.username().equals(thread.author())) {
            notifications.insert(List.of(thread.author()), formId, "COMMENT",
                    user.displayName() + " 已解决您在《" + form.project() + "》上的批注：" + thread.text());
        }
        audit.record(user.username(), AuditAction.COMMENT_RESOLVE, formId, "批注（" + thread.path() + "）标为已解决");
    }

    private CommentMapper.Thread locked(long formId, long threadId) {
        CommentMapper.Thread thread = comments.lock(formId, threadId);
        if (thread == null) {
            throw ApiException.notFound("批注 " + threadId + " 不存在");
        }
        return thread;
    }

    private JsonNode read(String document) {
        try {
            return document == null ? json.nullNode() : json.readTree(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored document", e);
        }
    }

    /** Whether the cell at a comment's path (e.g. {@code indicators[1].actual}) differs between two documents. */
    static boolean changed(JsonNode before, JsonNode after, String path) {
        JsonPointer pointer;
        try {
            pointer = JsonPointer.compile("/" + path.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/'));
        } catch (IllegalArgumentException e) {
            return false; // a path that names no cell of the document
        }
        return !Objects.equals(before.at(pointer), after.at(pointer));
    }
}
