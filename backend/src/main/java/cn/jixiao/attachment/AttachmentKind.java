package cn.jixiao.attachment;

/** What an attachment is for (api.md): 佐证材料, 盖章扫描件, 报告, 整改材料. */
public enum AttachmentKind {
    EVIDENCE, SEALED_SCAN, REPORT, RECTIFICATION
}
