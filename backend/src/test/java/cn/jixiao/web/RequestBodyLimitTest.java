package cn.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.Fixtures;
import cn.jixiao.support.H2Test;
import cn.jixiao.support.RawHttp;
import cn.jixiao.support.RawHttp.Answer;
import cn.jixiao.support.RawHttp.Padded;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The 2 MB body limit holds whatever the request says about its body: chunked or with a length, any spelling of
 * the content type. A valid document padded with JSON whitespace shows whether the body was read: under the
 * limit it validates (200), over it the answer is 413 before the document is parsed.
 */
@H2Test
class RequestBodyLimitTest {

    static final long MB = 1024 * 1024;

    @LocalServerPort
    int port;

    Answer validate(String contentType, long size, boolean chunked) {
        Map<String, String> headers = new LinkedHashMap<>(RawHttp.sessionOf(ApiClient.loggedIn(port, "ks_filer")));
        headers.put("Content-Type", contentType);
        return RawHttp.send(port, "POST /api/forms/validate HTTP/1.1", headers,
                new Padded(Fixtures.read(Fixtures.MONITORING_MEDICAL), size, ""), chunked);
    }

    @ParameterizedTest(name = "{0}, chunked={1}")
    @CsvSource({
        "application/json, true",
        "Application/JSON, true",
        "Application/JSON, false",
        "APPLICATION/JSON; charset=UTF-8, false",
        "application/json;charset=utf-8, true"})
    void aBodyOverTwoMegabytesIs413WhateverItsEncodingAndContentType(String contentType, boolean chunked) {
        Answer answer = validate(contentType, 16 * MB, chunked);

        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(answer.headers().get("content-type")).startsWith("application/json");
        assertThat(answer.body()).contains("\"error\":\"TOO_LARGE\"").contains("2 MB");
    }

    @Test
    void aBodyOfTwoMegabytesPlusOneByteIs413AndOneOfTwoMegabytesIsRead() {
        assertThat(validate("application/json", 2 * MB + 1, true).status()).isEqualTo(413);

        Answer read = validate("application/json", 2 * MB, true);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.body()).contains("\"findings\"");
    }

    @Test
    void theLoginBodyIsBoundedBeforeAnyoneIsLoggedIn() {
        ApiClient anonymous = new ApiClient(port);
        anonymous.get("/api/auth/me"); // hands out the CSRF cookie
        Map<String, String> headers = new LinkedHashMap<>(RawHttp.sessionOf(anonymous));
        headers.put("Content-Type", "application/JSON");

        Answer answer = RawHttp.send(port, "POST /api/auth/login HTTP/1.1", headers,
                new Padded("{\"username\":\"ks_filer\",", 16 * MB, "\"password\":\"demo1234\"}"), true);

        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(answer.body()).contains("\"error\":\"TOO_LARGE\"");
    }

    Answer upload(String path, long size) {
        Map<String, String> headers = new LinkedHashMap<>(RawHttp.sessionOf(ApiClient.loggedIn(port, "ks_filer")));
        headers.put("Content-Type", "Multipart/Form-Data; boundary=b");
        String head = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        return RawHttp.send(port, "POST " + path + " HTTP/1.1", headers, new Padded(head, size, "\r\n--b--\r\n"), true);
    }

    @Test
    void anUploadIsHeldToTheLimitOfItsPath() {
        Answer overImportLimit = upload("/api/forms/import", 16 * MB);
        assertThat(overImportLimit.status()).as(overImportLimit.body()).isEqualTo(413);
        assertThat(overImportLimit.body()).contains("\"error\":\"TOO_LARGE\"").contains("10 MB");

        Answer overDefault = upload("/api/forms/validate", 3 * MB);
        assertThat(overDefault.status()).as(overDefault.body()).isEqualTo(413);
        assertThat(overDefault.body()).contains("2 MB");

        Answer notAWorkbook = upload("/api/forms/import", 3 * MB);
        assertThat(notAWorkbook.status()).as(notAWorkbook.body()).isEqualTo(400);
        assertThat(notAWorkbook.body()).contains("IMPORT_FAILED");
    }
}
