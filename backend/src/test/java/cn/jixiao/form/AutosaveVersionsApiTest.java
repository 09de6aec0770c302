package cn.jixiao.form;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.H2Test;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * The editor autosaves every 10 seconds; a filer once found 13 versions after 8 minutes. Autosaves overwrite the
 * working copy (the lock version still moves on, so a stale tab gets its 409), an explicit save keeps one version,
 * and the step that submits keeps the document it submitted even when it was only autosaved.
 */
@H2Test
class AutosaveVersionsApiTest extends FormApiTestBase {

    @Test
    void autosavesKeepNoVersionsAnExplicitSaveKeepsOne() throws Exception {
        ApiClient filer = as("ks_filer");
        long id = createMonitoringForm(filer, "自动保存 " + System.nanoTime());
        int kept = filer.get("/api/forms/" + id + "/versions").json().size();

        JsonNode current = filer.get("/api/forms/" + id).json();
        int version = current.path("version").asInt();
        ObjectNode doc = (ObjectNode) current.path("form");
        for (int i = 1; i <= 5; i++) {
            ((ObjectNode) doc.path("indicators").get(1)).put("actual", "7" + i + ".10万人次");
            Response autosaved = put(filer, id, version, doc, true);
            assertThat(autosaved.status()).as(autosaved.body()).isEqualTo(200);
            assertThat(autosaved.json().path("version").asInt()).isEqualTo(version + 1);
            version = autosaved.json().path("version").asInt();
        }
        assertThat(filer.get("/api/forms/" + id + "/versions").json()).hasSize(kept);
        // nothing autosaved is lost: the working copy is the last autosave
        assertThat(filer.get("/api/forms/" + id).json().path("form").path("indicators").get(1).path("actual").asText())
                .isEqualTo("75.10万人次");
        // an autosave from a tab that missed the others is refused like any stale save
        assertThat(put(filer, id, version - 1, doc, true).status()).isEqualTo(409);

        ((ObjectNode) doc.path("indicators").get(1)).put("actual", "72.10万人次");
        Response saved = put(filer, id, version, doc, false);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonNode versions = filer.get("/api/forms/" + id + "/versions").json();
        assertThat(versions).hasSize(kept + 1);
        int savedVersion = saved.json().path("version").asInt();
        assertThat(versions.get(versions.size() - 1).path("version").asInt()).isEqualTo(savedVersion);
        assertThat(filer.get("/api/forms/" + id + "/versions/" + savedVersion).json()
                .path("form").path("indicators").get(1).path("actual").asText()).isEqualTo("72.10万人次");
    }

    @Test
    void theSubmittingStepKeepsTheAutosavedDocument() throws Exception {
        ApiClient filer = as("ks_filer");
        long id = createMonitoringForm(filer, "自动保存后提交 " + System.nanoTime());
        JsonNode current = filer.get("/api/forms/" + id).json();
        ObjectNode doc = (ObjectNode) current.path("form");
        ((ObjectNode) doc.path("indicators").get(1)).put("actual", "71.50万人次");
        Response autosaved = put(filer, id, current.path("version").asInt(), doc, true);
        assertThat(autosaved.status()).as(autosaved.body()).isEqualTo(200);
        int submittedVersion = autosaved.json().path("version").asInt();
        int before = filer.get("/api/forms/" + id + "/versions").json().size();

        Response submitted = submit(filer, id, "draft");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        JsonNode versions = filer.get("/api/forms/" + id + "/versions").json();
        assertThat(versions).hasSize(before + 1);
        assertThat(filer.get("/api/forms/" + id + "/versions/" + submittedVersion).json()
                .path("form").path("indicators").get(1).path("actual").asText()).isEqualTo("71.50万人次");
    }

    private static Response put(ApiClient filer, long id, int version, JsonNode doc, boolean autosave) {
        return filer.put("/api/forms/" + id, "{\"version\":" + version + ",\"form\":" + doc + ",\"autosave\":" + autosave + "}");
    }
}
