package cn.jixiao.audit;

import cn.jixiao.settings.SettingsService;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hash chain over the audit log (V10). Requests write their rows as before, without waiting for anybody; the
 * sealer — every few seconds on each node, one at a time under the lock of audit_chain_head — appends the rows not
 * chained yet in id order: each link is the SHA-256 of the previous link's hash, its place and the row's content.
 * A row whose transaction commits late (behind a higher id already chained) simply gets a later place. The
 * verification walks the chain from its anchor and recomputes every hash: a changed or deleted row, a removed link
 * and a row slipped in below the chained part all break it. The cleanup removes, after the retention period (180
 * days at least), only rows from the front of the chain, and moves the anchor past them.
 */
@Service
public class AuditChain {

    /** The chain starts from 64 zeros. */
    static final String GENESIS = "0".repeat(64);
    /** A transaction that wrote an audit row has ended after this long (requests and jobs take seconds). */
    static final int SETTLE_MINUTES = 10;
    private static final int BATCH = 1000;
    private static final Logger log = LoggerFactory.getLogger(AuditChain.class);

    public record Verification(boolean intact, long rows, Long firstBrokenId, long pending) {
    }

    private final AuditChainMapper chain;
    private final SettingsService settings;
    private final AuditLog audit;
    private final Clock clock;

    AuditChain(AuditChainMapper chain, SettingsService settings, AuditLog audit, Clock clock) {
        this.chain = chain;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${jixiao.audit.seal-interval:5000}", initialDelay = 5000)
    void sealPeriodically() {
        seal();
    }

    /** Appends the rows not chained yet; how many. One sealer at a time, whatever the number of nodes. */
    @Transactional
    public int seal() {
        AuditChainMapper.Head head = chain.lockHead();
        long seq = head.lastSeq();
        String hash = head.lastHash();
        List<AuditChainMapper.Row> rows = chain.findUnchained(head.lowWatermark(), BATCH);
        for (AuditChainMapper.Row row : rows) {
            seq++;
            hash = link(hash, seq, row);
            chain.insertLink(seq, row.id(), hash);
        }
        long low = head.lowWatermark();
        Long settled = chain.settledUpTo(low, SETTLE_MINUTES);
        if (settled != null) {
            // with a full batch some settled rows may still wait: the watermark goes no further than this batch
            low = rows.size() == BATCH ? Math.min(settled, rows.get(rows.size() - 1).id()) : settled;
        }
        if (!rows.isEmpty() || low != head.lowWatermark()) {
            chain.updateHead(seq, hash, low);
        }
        return rows.size();
    }

    /** Recomputes the chain from its anchor; rows not chained yet are reported as pending. */
    @Transactional(readOnly = true)
    public Verification verify() {
        AuditChainMapper.Head head = chain.head();
        long expectedSeq = head.anchorSeq();
        String hash = head.anchorHash();
        long rows = 0;
        List<AuditChainMapper.Link> links;
        do {
            links = chain.findLinks(expectedSeq, BATCH);
            for (AuditChainMapper.Link l : links) {
                expectedSeq++;
                if (l.seq() != expectedSeq || l.id() == null || !l.rowHash().equals(link(hash, l.seq(), l.row()))) {
                    return new Verification(false, rows, l.auditId(), 0);
                }
                hash = l.rowHash();
                rows++;
            }
        } while (links.size() == BATCH);
        if (expectedSeq != head.lastSeq() || !hash.equals(head.lastHash())) {
            return new Verification(false, rows, null, 0); // links after the last one counted were removed
        }
        Long slipped = chain.firstUnchainedUpTo(head.lowWatermark());
        if (slipped != null) {
            return new Verification(false, rows, slipped, 0);
        }
        return new Verification(true, rows, null, chain.countUnchainedAbove(head.lowWatermark()));
    }

    /** Daily: rows older than audit.retentionDays (never fewer than 180) leave from the front of the chain. */
    @Scheduled(cron = "${jixiao.audit.cleanup-cron:0 30 3 * * *}")
    @Transactional
    public int cleanUp() {
        int days = settings.security().auditRetentionDays();
        LocalDateTime before = LocalDateTime.now(clock).minusDays(days);
        AuditChainMapper.Head head = chain.lockHead();
        Long firstKept = chain.firstSeqNotBefore(head.anchorSeq(), before);
        Long cut = firstKept != null ? Long.valueOf(firstKept - 1) : chain.maxSeq(head.anchorSeq());
        if (cut == null || cut <= head.anchorSeq()) {
            return 0;
        }
        String anchorHash = chain.hashAt(cut);
        int deleted = chain.deleteRowsUpTo(head.anchorSeq(), cut);
        chain.deleteLinksUpTo(cut);
        chain.updateAnchor(cut, anchorHash);
        log.info("Audit retention: {} rows older than {} days removed, chain anchored at {}", deleted, days, cut);
        audit.record(null, AuditAction.AUDIT_RETENTION, null, "删除保存期（" + days + " 天）已过的审计记录 " + deleted + " 条");
        return deleted;
    }

    /** SHA-256 over the previous hash, the place and every field, each with its length so no two rows read alike. */
    static String link(String previous, long seq, AuditChainMapper.Row row) {
        StringBuilder content = new StringBuilder(previous);
        for (Object field : new Object[] {seq, row.id(), row.at(), row.username(), row.remoteIp(), row.action(),
                row.formId(), row.detail()}) {
            String text = field == null ? "" : field.toString();
            content.append('|').append(field == null ? -1 : text.length()).append(':').append(text);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
