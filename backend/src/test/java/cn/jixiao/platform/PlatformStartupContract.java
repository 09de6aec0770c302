package cn.jixiao.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.org.OrgMapper;
import cn.jixiao.security.Role;
import cn.jixiao.security.UserMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What must hold on every supported database once the application has started. */
abstract class PlatformStartupContract {

    @Autowired
    Flyway flyway;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrgMapper orgs;

    @Autowired
    UserMapper users;

    @Test
    void allMigrationsApplied() {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).extracting(m -> m.getScript())
                .contains("V1__organisation_and_people.sql", "V2__settings.sql", "R__demo_data.sql");
    }

    @Test
    void engineRunsWithAuditHistoryAndItsSchema() {
        assertThat(engine.getName()).isEqualTo("default");
        assertThat(engine.getProcessEngineConfiguration().getHistory()).isEqualTo("audit");
        assertThat(engine.getManagementService().getTableCount()).containsKey("ACT_RU_TASK");
    }

    @Test
    void demoOrganisationAndAccountsAreLoaded() {
        assertThat(orgs.findByCode("653101-01").name()).isEqualTo("喀什市社会保险中心");
        assertThat(users.findByUsername("ks_reviewer").orgId()).isEqualTo(orgs.findByCode("653100").id());
        assertThat(users.findRoles(users.findByUsername("admin").id())).containsExactly(Role.SYSTEM_ADMIN);
        assertThat(users.findRoles(users.findByUsername("secadmin").id())).containsExactly(Role.SECURITY_ADMIN);
        assertThat(users.findRoles(users.findByUsername("auditor").id())).containsExactly(Role.AUDIT_ADMIN);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Integer.class)).isGreaterThanOrEqualTo(19);
    }

    @Test
    void chineseTextSurvivesTheRoundTrip() {
        jdbc.update("UPDATE org SET short_name = ? WHERE code = ?", "喀什市社保中心·测试", "653101-01");
        try {
            assertThat(orgs.findByCode("653101-01").shortName()).isEqualTo("喀什市社保中心·测试");
        } finally {
            jdbc.update("UPDATE org SET short_name = ? WHERE code = ?", "喀什市社保中心", "653101-01");
        }
    }
}
