package cn.jixiao.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.server.PathContainer;
import org.springframework.util.unit.DataSize;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * How large a request body may be: {@code max} for every request, or the limit of the first path pattern in
 * {@code paths} that matches (e.g. {@code /api/forms/import: 10MB} for the spreadsheet upload). Counted on the
 * bytes that arrive, whatever the request declares ({@link RequestBodyLimitFilter}); uploads are parsed by the
 * container up to {@link #largest()} and then held to their path's limit ({@link PathLimitedMultipartResolver}).
 */
@ConfigurationProperties("jixiao.limits.request-body")
public class RequestBodyLimits {

    private record Rule(PathPattern pattern, DataSize limit) {
    }

    private final DataSize max;
    private final List<Rule> rules;

    public RequestBodyLimits(DataSize max, Map<String, DataSize> paths) {
        this.max = max;
        this.rules = paths == null ? List.of() : paths.entrySet().stream()
                .map(e -> new Rule(PathPatternParser.defaultInstance.parse(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(Rule::pattern)) // the most specific pattern first
                .toList();
    }

    /** The limit in bytes for this request's path. */
    public long limitFor(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        return rules.stream().filter(r -> r.pattern().matches(path)).findFirst()
                .map(Rule::limit).orElse(max).toBytes();
    }

    /** The largest limit of any path: what the container may parse of an upload before its path is known. */
    public long largest() {
        return rules.stream().map(Rule::limit).map(DataSize::toBytes).reduce(max.toBytes(), Math::max);
    }

    /** The 413 answer's message: the limit in MB as people read it. */
    static String message(long limit) {
        BigDecimal mb = BigDecimal.valueOf(limit).divide(BigDecimal.valueOf(DataSize.ofMegabytes(1).toBytes()), 1,
                RoundingMode.HALF_UP);
        return "请求内容过大（上限 " + mb.stripTrailingZeros().toPlainString() + " MB）";
    }
}
