package cn.jixiao.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jixiao.document.DomainException;
import cn.jixiao.document.FormFormatException;
import java.io.UncheckedIOException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error mapping alone (MVC, Jackson and the handler; no security, no database): each kind of failure a
 * controller or what it calls can raise becomes its status and the JSON error body with a Chinese message.
 */
@WebMvcTest(useDefaultFilters = false)
@AutoConfigureMockMvc(addFilters = false)
@Import({ApiExceptionHandler.class, ApiExceptionHandlerTest.Failing.class, ApiExceptionHandlerTest.Limits.class})
class ApiExceptionHandlerTest {

    /** The handler names the body limit of the request's path (application.yml). */
    @EnableConfigurationProperties(RequestBodyLimits.class)
    static class Limits {
    }

    record Item(Integer n) {
    }

    record Sample(Integer count, String name, List<Item> items) {
    }

    /** Raises on request what the real controllers and services raise. */
    @RestController
    @RequestMapping("/t")
    static class Failing {

        static final Map<String, RuntimeException> FAILURES = Map.ofEntries(
                Map.entry("bad-request", ApiException.badRequest("字段 year（年度）必须填写")),
                Map.entry("forbidden", ApiException.forbidden("只有填报人可以新建表单")),
                Map.entry("not-found", ApiException.notFound("表单 7 不存在")),
                Map.entry("conflict", ApiException.conflict("该任务已被处理")),
                Map.entry("invalid", new DomainException(DomainException.Kind.INVALID, "BAD_REQUEST", "字段 x 无效", null)),
                Map.entry("domain-forbidden", new DomainException(DomainException.Kind.FORBIDDEN,
                        "SEPARATION_OF_DUTIES", "提交人不能审核自己的表单", null)),
                Map.entry("domain-not-found", new DomainException(DomainException.Kind.NOT_FOUND, "NOT_FOUND",
                        "任务不存在", null)),
                Map.entry("domain-conflict", new DomainException(DomainException.Kind.CONFLICT, "CONFLICT",
                        "表单已被他人修改", null)),
                Map.entry("unprocessable", new DomainException(DomainException.Kind.UNPROCESSABLE,
                        "VALIDATION_FAILED", "表单存在 1 个错误，不能提交", List.of(Map.of("code", "BUDGET_MISSING")))),
                // what the engine does to a delegate's refusal on its way out
                Map.entry("wrapped", new IllegalStateException("engine",
                        new DomainException(DomainException.Kind.UNPROCESSABLE, "TARGET_NOT_SIGNED",
                                "同一单位、险种、年度的绩效目标表尚未签发，请先签发目标表", null))),
                Map.entry("document", new FormFormatException("indicators[0].name",
                        "字段 indicators[0].name 超过 200 个字")),
                Map.entry("denied", new AccessDeniedException("no")),
                Map.entry("concurrent", new ConcurrencyFailureException("deadlock")),
                Map.entry("too-large", new UncheckedIOException(new BodyTooLargeException(2 * 1024 * 1024))),
                Map.entry("bug", new IllegalStateException("a bug")));

        @GetMapping("/fail/{what}")
        String fail(@PathVariable String what) {
            throw FAILURES.get(what);
        }

        @GetMapping("/database-down")
        String databaseDown() {
            throw new CannotGetJdbcConnectionException("no connection",
                    new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms."));
        }

        @GetMapping("/param")
        String param(@RequestParam int n) {
            return "ok";
        }

        @PostMapping(path = "/body", consumes = MediaType.APPLICATION_JSON_VALUE)
        String body(@RequestBody Sample sample) {
            return "ok";
        }
    }

    @Autowired
    MockMvc mvc;

    static Arguments failure(String what, HttpStatus status, String code, String message) {
        return Arguments.of(get("/t/fail/" + what), status, code, message);
    }

    static Arguments body(String json, HttpStatus status, String message) {
        return Arguments.of(post("/t/body").contentType(MediaType.APPLICATION_JSON).content(json), status,
                "BAD_REQUEST", message);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                failure("bad-request", HttpStatus.BAD_REQUEST, "BAD_REQUEST", "字段 year（年度）必须填写"),
                failure("forbidden", HttpStatus.FORBIDDEN, "FORBIDDEN", "只有填报人可以新建表单"),
                failure("not-found", HttpStatus.NOT_FOUND, "NOT_FOUND", "表单 7 不存在"),
                failure("conflict", HttpStatus.CONFLICT, "CONFLICT", "该任务已被处理"),
                failure("invalid", HttpStatus.BAD_REQUEST, "BAD_REQUEST", "字段 x 无效"),
                failure("domain-forbidden", HttpStatus.FORBIDDEN, "SEPARATION_OF_DUTIES", "提交人不能审核自己的表单"),
                failure("domain-not-found", HttpStatus.NOT_FOUND, "NOT_FOUND", "任务不存在"),
                failure("domain-conflict", HttpStatus.CONFLICT, "CONFLICT", "表单已被他人修改"),
                failure("unprocessable", HttpStatus.UNPROCESSABLE_ENTITY, "VALIDATION_FAILED", "表单存在 1 个错误，不能提交"),
                failure("wrapped", HttpStatus.UNPROCESSABLE_ENTITY, "TARGET_NOT_SIGNED",
                        "同一单位、险种、年度的绩效目标表尚未签发，请先签发目标表"),
                failure("document", HttpStatus.BAD_REQUEST, "BAD_REQUEST", "字段 indicators[0].name 超过 200 个字"),
                failure("denied", HttpStatus.FORBIDDEN, "FORBIDDEN", "无权执行此操作"),
                failure("concurrent", HttpStatus.CONFLICT, "CONFLICT", "数据正被他人同时修改，请刷新后重试"),
                failure("too-large", HttpStatus.PAYLOAD_TOO_LARGE, "TOO_LARGE", RequestBodyLimits.message(2 * 1024 * 1024)),
                failure("bug", HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "系统内部错误，请稍后再试或联系管理员"),
                Arguments.of(get("/t/param"), HttpStatus.BAD_REQUEST, "BAD_REQUEST", "缺少参数 n"),
                Arguments.of(get("/t/param?n=abc"), HttpStatus.BAD_REQUEST, "BAD_REQUEST", "参数 n 的值无效：abc"),
                Arguments.of(get("/t/nothing-here"), HttpStatus.NOT_FOUND, "NOT_FOUND", "请求的地址不存在"),
                Arguments.of(delete("/t/param"), HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "不支持的请求方法：DELETE"),
                Arguments.of(post("/t/body").contentType(MediaType.TEXT_PLAIN).content("x"),
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "不支持的内容类型：text/plain"),
                body("{\"count\":", HttpStatus.BAD_REQUEST, "请求内容不是有效的 JSON：第 1 行第 10 列"),
                body("{\"count\":\"many\"}", HttpStatus.BAD_REQUEST, "字段 count 应为整数"),
                body("{\"name\":{}}", HttpStatus.BAD_REQUEST, "字段 name 应为文本"),
                body("{\"items\":{}}", HttpStatus.BAD_REQUEST, "字段 items 应为数组"),
                body("{\"items\":[{\"n\":1},{\"n\":[]}]}", HttpStatus.BAD_REQUEST, "字段 items[1].n 应为整数"),
                body("{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000), HttpStatus.BAD_REQUEST,
                        "请求内容超出 JSON 的限制：嵌套最多 1000 层，数字最多 1000 位"));
    }

    @ParameterizedTest(name = "[{index}] {1} {2}: {3}")
    @MethodSource("cases")
    void eachFailureIsItsStatusAndTheJsonErrorBody(RequestBuilder request, HttpStatus status, String code,
                                                   String message) throws Exception {
        mvc.perform(request)
                .andExpect(status().is(status.value()))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.error").value(code))
                .andExpect(jsonPath("$.message").value(message));
    }

    @Test
    void findingsComeWithTheRefusalAndOnlyThen() throws Exception {
        mvc.perform(get("/t/fail/unprocessable"))
                .andExpect(jsonPath("$.findings[0].code").value("BUDGET_MISSING"));
        mvc.perform(get("/t/fail/conflict"))
                .andExpect(jsonPath("$.findings").doesNotExist());
    }

    @Test
    void aLostDatabaseIs503WithRetryAfter() throws Exception {
        mvc.perform(get("/t/database-down"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS)))
                .andExpect(jsonPath("$.error").value("DATABASE_UNAVAILABLE"))
                .andExpect(jsonPath("$.message").value("数据库暂时不可用，请稍后重试"));
    }
}
