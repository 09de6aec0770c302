package cn.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

/** A path's own limit (the attachments of a form will get 20 MB) and the default for every other path. */
class RequestBodyLimitsTest {

    final Map<String, DataSize> paths = new LinkedHashMap<>(Map.of(
            "/api/forms/import", DataSize.ofMegabytes(10),
            "/api/forms/{id}/attachments", DataSize.ofMegabytes(20),
            "/api/forms/**", DataSize.ofMegabytes(3)));
    final RequestBodyLimits limits = new RequestBodyLimits(DataSize.ofMegabytes(2), paths);

    static MockHttpServletRequest post(String uri) {
        return new MockHttpServletRequest("POST", uri);
    }

    @Test
    void aPathGetsTheLimitOfItsMostSpecificPatternAndEveryOtherOneTheDefault() {
        assertThat(limits.limitFor(post("/api/forms/17/attachments"))).isEqualTo(DataSize.ofMegabytes(20).toBytes());
        assertThat(limits.limitFor(post("/api/forms/import"))).isEqualTo(DataSize.ofMegabytes(10).toBytes());
        assertThat(limits.limitFor(post("/api/forms/17"))).isEqualTo(DataSize.ofMegabytes(3).toBytes());
        assertThat(limits.limitFor(post("/api/auth/login"))).isEqualTo(DataSize.ofMegabytes(2).toBytes());
    }

    @Test
    void uploadsAreParsedUpToTheLargestLimitAndTheMessageSaysTheLimitInMegabytes() {
        assertThat(limits.largest()).isEqualTo(DataSize.ofMegabytes(20).toBytes());
        assertThat(new RequestBodyLimits(DataSize.ofMegabytes(2), null).largest())
                .isEqualTo(DataSize.ofMegabytes(2).toBytes());
        assertThat(RequestBodyLimits.message(DataSize.ofMegabytes(2).toBytes())).isEqualTo("请求内容过大（上限 2 MB）");
        assertThat(RequestBodyLimits.message(DataSize.ofKilobytes(1536).toBytes())).isEqualTo("请求内容过大（上限 1.5 MB）");
    }
}
