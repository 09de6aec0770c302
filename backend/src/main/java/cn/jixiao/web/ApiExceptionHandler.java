package cn.jixiao.web;

import cn.jixiao.document.DomainException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every failure into the API's error body with the right status; bad input is never a 500. */
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final RequestBodyLimits bodyLimits;

    public ApiExceptionHandler(RequestBodyLimits limits) {
        this.bodyLimits = limits;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> api(ApiException e) {
        return ResponseEntity.status(e.status()).body(e.toBody());
    }

    /**
     * A rule of the domain refused: a document that is not jixiao-form/1 or over its limits (the message names the
     * field), a workflow step that findings block (422 with them), …
     */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<ApiError> refused(DomainException e) {
        return ResponseEntity.status(statusOf(e.kind())).body(new ApiError(e.code(), e.getMessage(), e.findings()));
    }

    static HttpStatus statusOf(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        Optional<BodyTooLargeException> tooLarge = BodyTooLargeException.in(e);
        if (tooLarge.isPresent()) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooLarge.get().toBody());
        }
        if (e.getCause() instanceof StreamConstraintsException) {
            StreamReadConstraints limits = StreamReadConstraints.defaults();
            return error(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "请求内容超出 JSON 的限制：嵌套最多 "
                    + limits.getMaxNestingDepth() + " 层，数字最多 " + limits.getMaxNumberLength() + " 位");
        }
        Optional<DomainException> refusal = DomainException.in(e);
        if (refusal.isPresent()) {
            return refused(refusal.get()); // a document inside the body (PUT /api/forms/{id})
        }
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return error(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "未知字段 " + JsonPath.of(unknown));
        }
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return error(HttpStatus.BAD_REQUEST, "BAD_REQUEST",
                    "字段 " + JsonPath.of(mismatch) + " " + JsonPath.expected(mismatch.getTargetType()));
        }
        String detail = e.getCause() instanceof JsonProcessingException json && json.getLocation() != null
                ? "：第 " + json.getLocation().getLineNr() + " 行第 " + json.getLocation().getColumnNr() + " 列"
                : "";
        return error(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "请求内容不是有效的 JSON" + detail);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return error(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "缺少参数 " + e.getParameterName());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "参数 " + e.getName() + " 的值无效：" + e.getValue());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e) {
        return error(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "缺少上传的文件（字段 " + e.getRequestPartName() + "）");
    }

    /** A body that claims to be multipart/form-data and is not (no boundary, cut off, malformed). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> badMultipart(MultipartException e) {
        return error(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "上传内容不是有效的 multipart/form-data");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "不支持的内容类型：" + e.getContentType());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "不支持的请求方法：" + e.getMethod());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .body(new BodyTooLargeException(bodyLimits.limitFor(request)).toBody());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noResource(NoResourceFoundException e) {
        return error(HttpStatus.NOT_FOUND, "NOT_FOUND", "请求的地址不存在");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException e) {
        return error(HttpStatus.FORBIDDEN, "FORBIDDEN", "无权执行此操作");
    }

    /** Two people changing the same row at once: the loser is told to retry. */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<ApiError> concurrent(ConcurrencyFailureException e) {
        return error(HttpStatus.CONFLICT, "CONFLICT", "数据正被他人同时修改，请刷新后重试");
    }

    /**
     * A refusal the engine wrapped on its way out of a delegate is still a refusal. A lost database is the operator's
     * problem and passes (503, see DatabaseUnavailable); anything else is a bug.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        Optional<DomainException> refusal = DomainException.in(e);
        if (refusal.isPresent()) {
            return refused(refusal.get());
        }
        if (DatabaseUnavailable.causedBy(e)) {
            log.warn("Database unavailable, answered 503: {}", NestedExceptionUtils.getMostSpecificCause(e).toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                    .body(DatabaseUnavailable.BODY);
        }
        Optional<BodyTooLargeException> tooLarge = BodyTooLargeException.in(e);
        if (tooLarge.isPresent()) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooLarge.get().toBody());
        }
        log.error("Unexpected error", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "系统内部错误，请稍后再试或联系管理员");
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).body(new ApiError(code, message));
    }
}
