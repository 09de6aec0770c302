package cn.jixiao.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.MariaDbTest;
import org.junit.jupiter.api.Test;

@MariaDbTest
class PlatformStartupMariaDbTest extends PlatformStartupContract {

    @Test
    void runsOnMariaDbWithReadCommitted() {
        assertThat(jdbc.queryForObject("SELECT VERSION()", String.class)).containsIgnoringCase("mariadb");
        assertThat(jdbc.queryForObject("SELECT @@SESSION.tx_isolation", String.class)).isEqualTo("READ-COMMITTED");
    }
}
