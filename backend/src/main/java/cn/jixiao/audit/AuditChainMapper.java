package cn.jixiao.audit;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AuditChainMapper {

    record Head(long lastSeq, String lastHash, long anchorSeq, String anchorHash, long lowWatermark) {
    }

    record Row(Long id, LocalDateTime at, String username, String remoteIp, String action, Long formId,
               String detail) {
    }

    /** A chained row with its stored place and hash; {@code id} null when the audit row is gone. */
    record Link(long seq, long auditId, String rowHash, Long id, LocalDateTime at, String username, String remoteIp,
                String action, Long formId, String detail) {

        Row row() {
            return new Row(id, at, username, remoteIp, action, formId, detail);
        }
    }

    /** The head, locked until the transaction ends: one sealer or cleaner at a time, on every node. */
    Head lockHead();

    Head head();

    /** Audit rows above the watermark that are not chained yet, in id order. */
    List<Row> findUnchained(@Param("after") long after, @Param("limit") int limit);

    void insertLink(@Param("seq") long seq, @Param("auditId") long auditId, @Param("hash") String hash);

    void updateHead(@Param("lastSeq") long lastSeq, @Param("lastHash") String lastHash,
                    @Param("lowWatermark") long lowWatermark);

    /**
     * The id before the first row above {@code after} written less than {@code settleMinutes} ago (or the last id):
     * every transaction that wrote a row up to it has ended, so the rows up to it that are visible now are all there
     * will ever be.
     */
    Long settledUpTo(@Param("after") long after, @Param("settleMinutes") int settleMinutes);

    /** Chained rows after {@code afterSeq}, in chain order, with their audit rows (LEFT JOIN: a deleted row shows). */
    List<Link> findLinks(@Param("afterSeq") long afterSeq, @Param("limit") int limit);

    /** An audit row at or below the watermark that is not chained: it was inserted behind the chain's back. */
    Long firstUnchainedUpTo(@Param("upTo") long upTo);

    long countUnchainedAbove(@Param("after") long after);

    /** The first place in the chain (after the anchor) whose row is not older than {@code before}, or null. */
    Long firstSeqNotBefore(@Param("afterSeq") long afterSeq, @Param("before") LocalDateTime before);

    Long maxSeq(@Param("afterSeq") long afterSeq);

    String hashAt(@Param("seq") long seq);

    int deleteRowsUpTo(@Param("afterSeq") long afterSeq, @Param("upToSeq") long upToSeq);

    int deleteLinksUpTo(@Param("upToSeq") long upToSeq);

    void updateAnchor(@Param("anchorSeq") long anchorSeq, @Param("anchorHash") String anchorHash);
}
