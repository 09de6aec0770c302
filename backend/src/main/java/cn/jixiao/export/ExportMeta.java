package cn.jixiao.export;

import java.time.OffsetDateTime;
import java.util.List;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * What the stored form adds to the document when it is exported: its id, its status as shown to people
 * (草稿, 已签发, …), the name of the unit's org (printed after 填报单位（公章）) and its 主管部门, who approved it as
 * 单位负责人 and as 地区审核人 and when, and for a signed form who signed it, when, and the SHA-256 of the signed
 * snapshot. Every component may be {@code null}; {@link #none()} is all {@code null} (a plain export of a
 * document that is not stored).
 *
 * @param formId         the form's id, printed in the footer
 * @param statusLabel    the status as shown (e.g. {@code 已签发})
 * @param unitOrgName    the org name printed after 填报单位（公章）; the document's {@code unit} when {@code null}
 * @param signedBy       the name of the leader who signed (领导签发), as people know them (display name)
 * @param signedAt       when it was signed, printed in Beijing time
 * @param snapshotSha256 SHA-256 (hex) of the signed snapshot
 * @param attachments    the attachments frozen with the snapshot, each with its SHA-256
 * @param department     the unit's 主管部门
 * @param unitHead       the 单位负责人 who approved it (单位审核上报), {@code null} before that
 * @param reviewer       the 地区审核人 who approved it (地区审核), {@code null} before that
 */
public record ExportMeta(
        String formId,
        String statusLabel,
        String unitOrgName,
        String signedBy,
        OffsetDateTime signedAt,
        String snapshotSha256,
        List<FrozenAttachment> attachments,
        String department,
        Approval unitHead,
        Approval reviewer) {

    /** An attachment as the signed export lists it. */
    public record FrozenAttachment(String name, String sha256) {
    }

    /** A person's approval at one step: their name as printed and when. */
    public record Approval(String name, OffsetDateTime at) {

        /** {@code at} as printed beside a signature: {@code 2020年10月9日} (Beijing time). */
        String dateText() {
            return at == null ? "" : SIGNED_DATE.format(at.withOffsetSameInstant(BEIJING));
        }
    }

    public ExportMeta(String formId, String statusLabel, String unitOrgName, String signedBy, OffsetDateTime signedAt,
                      String snapshotSha256) {
        this(formId, statusLabel, unitOrgName, signedBy, signedAt, snapshotSha256, List.of());
    }

    public ExportMeta(String formId, String statusLabel, String unitOrgName, String signedBy, OffsetDateTime signedAt,
                      String snapshotSha256, List<FrozenAttachment> attachments) {
        this(formId, statusLabel, unitOrgName, signedBy, signedAt, snapshotSha256, attachments, null, null, null);
    }

    private static final ExportMeta NONE = new ExportMeta(null, null, null, null, null, null);
    private static final DateTimeFormatter SIGNED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SIGNED_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    /** China Standard Time, which Xinjiang's offices use on paper. */
    static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    /** No metadata. */
    public static ExportMeta none() {
        return NONE;
    }

    /** Whether the footer names a signature: {@code signedBy} and {@code signedAt} are both given. */
    public boolean signed() {
        return signedBy != null && !signedBy.isBlank() && signedAt != null;
    }

    /** {@code signedAt} as printed: {@code 2021-03-05 16:20（北京时间）}. */
    String signedAtText() {
        return signedAt == null ? "" : SIGNED_AT.format(signedAt.withOffsetSameInstant(BEIJING)) + "（北京时间）";
    }
}
