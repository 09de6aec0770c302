package cn.jixiao.validation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.ApiClient.Response;
import cn.jixiao.support.H2Test;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each finding links to its rule in docs/rules.md (#/rules/CODE): the running app serves that file, and it has a
 * heading for every rule code, the anchor the link lands on.
 */
@H2Test
class RulesDocumentServedTest {

    @LocalServerPort
    int port;

    @Test
    void theAppServesTheRulesDocumentWithAHeadingPerRuleCode() {
        Response doc = ApiClient.loggedIn(port, "ks_filer").get("/docs/rules.md");
        assertThat(doc.status()).isEqualTo(200);
        List<String> lines = doc.body().lines().toList();
        List<RuleCode> without = Arrays.stream(RuleCode.values())
                .filter(code -> lines.stream().noneMatch(l -> l.startsWith("### " + code.name() + " "))).toList();
        assertThat(without).as("rule codes without a heading in docs/rules.md").isEmpty();
    }
}
