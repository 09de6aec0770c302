package cn.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.ApiClient;
import cn.jixiao.support.H2Test;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit log's hash chain: sealing under concurrent writers and sealers, what verify finds, the retention. */
@H2Test
class AuditChainTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditChain chain;

    @Autowired
    AuditLog audit;

    private JsonNode verify() {
        return ApiClient.loggedIn(port, "auditor").get("/api/admin/audit/verify").json();
    }

    /** A sealed row of its own: the user name tells it apart. */
    private long sealedId(String username) {
        audit.record(username, AuditAction.LOGIN, null, "原文");
        while (chain.seal() > 0) {
            // everything written so far gets its place
        }
        return jdbc.queryForObject("SELECT MAX(id) FROM audit_log WHERE username = ?", Long.class, username);
    }

    @Test
    void writersAndSealersAtOnceLeaveAnIntactChainWithEveryRowOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        try {
            for (int t = 0; t < 4; t++) {
                int writer = t;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        audit.record("chain_writer_" + writer, AuditAction.LOGIN, null, "第 " + i + " 条");
                    }
                }));
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        chain.seal();
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        ApiClient auditor = ApiClient.loggedIn(port, "auditor"); // its login is audited too: before the last seal
        while (chain.seal() > 0) {
            // the rest
        }
        JsonNode result = auditor.get("/api/admin/audit/verify").json();
        assertThat(result.path("intact").asBoolean()).as(result.toString()).isTrue();
        assertThat(result.path("pending").asLong()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log a JOIN audit_chain c ON c.audit_id = a.id "
                + "WHERE a.username LIKE 'chain_writer_%'", Integer.class)).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) - COUNT(DISTINCT seq) FROM audit_chain", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT MAX(seq) - MIN(seq) + 1 - COUNT(*) FROM audit_chain", Integer.class))
                .as("no gap in the chain").isZero();
    }

    @Test
    void aChangedRowBreaksTheChainThere() {
        long id = sealedId("chain_changed");
        assertThat(verify().path("intact").asBoolean()).isTrue();

        jdbc.update("UPDATE audit_log SET detail = '改过' WHERE id = ?", id);
        try {
            JsonNode broken = verify();
            assertThat(broken.path("intact").asBoolean()).isFalse();
            assertThat(broken.path("firstBrokenId").asLong()).isEqualTo(id);
        } finally {
            jdbc.update("UPDATE audit_log SET detail = '原文' WHERE id = ?", id);
        }
        assertThat(verify().path("intact").asBoolean()).isTrue();
    }

    @Test
    void aRowSlippedInBelowTheChainedPartIsFound() {
        sealedId("chain_before");
        jdbc.update("UPDATE audit_chain_head SET low_watermark = (SELECT MAX(id) FROM audit_log) + 5");
        long forged = jdbc.queryForObject("SELECT MAX(id) FROM audit_log", Long.class) + 1;
        jdbc.update("INSERT INTO audit_log (id, username, action, detail) VALUES (?, 'intruder', 'LOGIN', '补记')", forged);
        try {
            JsonNode broken = verify();
            assertThat(broken.path("intact").asBoolean()).isFalse();
            assertThat(broken.path("firstBrokenId").asLong()).isEqualTo(forged);
        } finally {
            jdbc.update("DELETE FROM audit_log WHERE id = ?", forged);
            jdbc.update("UPDATE audit_chain_head SET low_watermark = (SELECT MAX(audit_id) FROM audit_chain)");
        }
    }

    @Test
    void theCleanupKeepsEveryRowYoungerThanTheRetentionAndLeavesTheChainIntact() {
        long recent = sealedId("chain_recent");
        // the first three links as if written 200 days ago (their hashes no longer match: the cleanup drops them)
        List<Long> first = jdbc.queryForList("SELECT c.audit_id FROM audit_chain c ORDER BY c.seq LIMIT 3", Long.class);
        jdbc.update("UPDATE audit_log SET at = ? WHERE id IN (" + first.get(0) + "," + first.get(1) + "," + first.get(2) + ")",
                Timestamp.valueOf(LocalDateTime.now().minusDays(200)));
        assertThat(verify().path("intact").asBoolean()).isFalse();

        int deleted = chain.cleanUp();

        assertThat(deleted).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE id IN (" + first.get(0) + "," + first.get(1)
                + "," + first.get(2) + ")", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE id = ?", Integer.class, recent)).isOne();
        while (chain.seal() > 0) {
            // the cleanup's own row
        }
        assertThat(verify().path("intact").asBoolean()).isTrue();
        // nothing younger than 180 days goes, whatever the setting says
        assertThat(chain.cleanUp()).isZero();
        assertThat(ApiClient.loggedIn(port, "secadmin").put("/api/admin/settings",
                "{\"values\":{\"audit.retentionDays\":\"90\"}}").status()).isEqualTo(400);
    }
}
