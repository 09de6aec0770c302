package cn.jixiao.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.form.FormApiTestBase;
import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.FormActions;
import cn.jixiao.support.H2Test;
import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Attachments over the API: types by content, size and count limits, scoping, download headers, frozen at sign-off. */
@H2Test
class AttachmentApiTest extends FormApiTestBase {

    private Response upload(ApiClient user, long formId, String name, byte[] content) {
        return user.upload("/api/forms/" + formId + "/attachments", "file", name, content);
    }

    @Test
    void theFilerUploadsListsAndDownloadsUnderTheFilesOwnName() throws Exception {
        ApiClient filer = as("ks_filer");
        long id = createMonitoringForm(filer, "附件测试 " + System.nanoTime());
        byte[] pdf = TestFiles.pdf();

        Response created = filer.upload("/api/forms/" + id + "/attachments", "file", "盖章扫描件 \"2020\".pdf", pdf,
                Map.of("kind", "SEALED_SCAN"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode a = created.json();
        assertThat(a.path("name").asText()).isEqualTo("盖章扫描件 2020.pdf");
        assertThat(a.path("kind").asText()).isEqualTo("SEALED_SCAN");
        assertThat(a.path("contentType").asText()).isEqualTo("application/pdf");
        assertThat(a.path("size").asLong()).isEqualTo(pdf.length);
        assertThat(a.path("sha256").asText()).isEqualTo(sha256(pdf));
        assertThat(a.path("uploadedBy").asText()).isEqualTo("ks_filer");
        assertThat(a.path("at").asText()).isNotBlank();

        JsonNode listed = filer.get("/api/forms/" + id + "/attachments").json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("id").asLong()).isEqualTo(a.path("id").asLong());

        HttpResponse<byte[]> download = as("ks_reviewer").download("/api/attachments/" + a.path("id").asLong());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(sha256(download.body())).isEqualTo(sha256(pdf));
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"attachment.pdf\"; filename*=UTF-8''%E7%9B%96%E7%AB%A0%E6%89%AB%E6%8F%8F%E4%BB%B6%202020.pdf");
        assertThat(filer.download("/api/attachments/" + a.path("id").asLong() + "?inline=true").headers()
                .firstValue("Content-Disposition").orElseThrow()).startsWith("inline;");

        assertThat(filer.delete("/api/attachments/" + a.path("id").asLong()).status()).isEqualTo(204);
        assertThat(filer.get("/api/forms/" + id + "/attachments").json()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM attachment_chunk WHERE attachment_id = ?", Integer.class,
                a.path("id").asLong())).isZero();
    }

    @Test
    void theTypeIsDecidedByTheContentNotTheName() {
        ApiClient filer = as("ksyb_filer");
        long id = createMonitoringForm(filer, "附件类型 " + System.nanoTime());
        Map<String, byte[]> accepted = Map.of(
                "application/pdf", TestFiles.pdf(),
                "application/ofd", TestFiles.ofd(),
                "image/jpeg", TestFiles.jpeg(),
                "image/png", TestFiles.png(),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", TestFiles.docx(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", TestFiles.xlsx(),
                "application/msword", TestFiles.doc(),
                "application/vnd.ms-excel", TestFiles.xls());
        accepted.forEach((type, content) -> {
            Response r = upload(filer, id, "文件.bin", content);
            assertThat(r.status()).as(type + " " + r.body()).isEqualTo(201);
            assertThat(r.json().path("contentType").asText()).isEqualTo(type);
        });

        Response exe = upload(filer, id, "整改报告.pdf", TestFiles.executable());
        assertThat(exe.status()).isEqualTo(415);
        assertThat(exe.json().path("error").asText()).isEqualTo("UNSUPPORTED_TYPE");
        assertThat(upload(filer, id, "报告.docx", TestFiles.otherZip()).status()).isEqualTo(415);
        assertThat(upload(filer, id, "空.pdf", new byte[0]).status()).isEqualTo(400);
        assertThat(filer.upload("/api/forms/" + id + "/attachments", "file", "a.pdf", TestFiles.pdf(),
                Map.of("kind", "OTHER")).status()).isEqualTo(400);
        assertThat(filer.get("/api/forms/" + id + "/attachments").json()).hasSize(8);
    }

    @Test
    void twentyMegabytesAreTheLimitAndFiftyFilesPerForm() throws Exception {
        ApiClient filer = as("kssi_filer");
        long id = createMonitoringForm(filer, "附件上限 " + System.nanoTime());
        byte[] twenty = new byte[20 * 1024 * 1024];
        System.arraycopy(TestFiles.pdf(), 0, twenty, 0, TestFiles.pdf().length);
        Response atLimit = upload(filer, id, "20MB.pdf", twenty);
        assertThat(atLimit.status()).as(atLimit.body()).isEqualTo(201);
        assertThat(atLimit.json().path("sha256").asText()).isEqualTo(sha256(twenty));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM attachment_chunk WHERE attachment_id = ?", Integer.class,
                atLimit.json().path("id").asLong())).isEqualTo(20);
        assertThat(sha256(filer.download("/api/attachments/" + atLimit.json().path("id").asLong()).body())).isEqualTo(sha256(twenty));

        byte[] over = java.util.Arrays.copyOf(twenty, twenty.length + 1);
        Response tooLarge = upload(filer, id, "大.pdf", over);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().path("message").asText()).contains("20 MB");
        assertThat(upload(filer, id, "更大.pdf", new byte[25 * 1024 * 1024]).status()).isEqualTo(413);

        for (int i = 1; i < AttachmentService.MAX_PER_FORM; i++) {
            assertThat(upload(filer, id, "第" + i + "份.png", TestFiles.png()).status()).isEqualTo(201);
        }
        Response fiftyFirst = upload(filer, id, "多余.png", TestFiles.png());
        assertThat(fiftyFirst.status()).isEqualTo(422);
        assertThat(fiftyFirst.json().path("error").asText()).isEqualTo("TOO_MANY_ATTACHMENTS");
    }

    @Test
    void attachmentsAreScopedLikeTheirForm() {
        ApiClient filer = as("ks_filer");
        long id = createMonitoringForm(filer, "附件范围 " + System.nanoTime());
        long attachment = upload(filer, id, "a.png", TestFiles.png()).json().path("id").asLong();

        for (String outsider : new String[] {"hj_filer", "bz_reviewer", "ksyb_filer"}) {
            ApiClient other = as(outsider);
            assertThat(other.get("/api/forms/" + id + "/attachments").status()).as(outsider).isEqualTo(404);
            assertThat(other.download("/api/attachments/" + attachment).statusCode()).as(outsider).isEqualTo(404);
            assertThat(other.delete("/api/attachments/" + attachment).status()).as(outsider).isEqualTo(404);
            assertThat(upload(other, id, "b.png", TestFiles.png()).status()).as(outsider).isEqualTo(404);
        }
        ApiClient head = as("ks_head");
        assertThat(head.download("/api/attachments/" + attachment).statusCode()).isEqualTo(200);
        assertThat(upload(head, id, "b.png", TestFiles.png()).status()).isEqualTo(403);
        assertThat(head.delete("/api/attachments/" + attachment).status()).isEqualTo(403);
        assertThat(as("ks_reviewer").download("/api/attachments/999999999").statusCode()).isEqualTo(404);
    }

    @Test
    void signOffFreezesTheAttachmentsIntoTheSnapshotAndTheSignedPdf() throws Exception {
        ApiClient filer = as("ksrs_filer");
        long id = createMonitoringForm(filer, "附件签发 " + System.nanoTime());
        Response kept = upload(filer, id, "证明材料.png", TestFiles.png());
        String sha = kept.json().path("sha256").asText();
        assertThat(submit(filer, id, "draft").status()).isEqualTo(200);
        // no longer editable: nothing changes while the form is under review
        assertThat(upload(filer, id, "迟到.png", TestFiles.png()).status()).isEqualTo(409);
        assertThat(filer.delete("/api/attachments/" + kept.json().path("id").asLong()).status()).isEqualTo(409);
        FormActions.approveAndSign(as("ksrs_head"), as("ks_reviewer"), as("ks_leader"), id);

        assertThat(filer.delete("/api/attachments/" + kept.json().path("id").asLong()).status()).isEqualTo(409);
        assertThat(upload(filer, id, "签发后.png", TestFiles.png()).status()).isEqualTo(409);
        assertThat(jdbc.queryForObject("SELECT attachments FROM form_snapshot WHERE form_id = ?", String.class, id))
                .contains(sha).contains("证明材料.png");

        byte[] pdf = filer.download("/api/forms/" + id + "/export?format=pdf").body();
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(p).replaceAll("\\s+", ""));
        }
        reader.close();
        assertThat(text.toString()).contains("附件1：证明材料.png", sha.substring(0, 16));
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
