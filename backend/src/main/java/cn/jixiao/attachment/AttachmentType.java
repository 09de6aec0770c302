package cn.jixiao.attachment;

/** The file types an attachment may have, as decided from its content ({@link ContentSniffer}), never its name. */
public enum AttachmentType {
    PDF("application/pdf", "pdf", true),
    OFD("application/ofd", "ofd", false),
    JPEG("image/jpeg", "jpg", true),
    PNG("image/png", "png", true),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", false),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", false),
    DOC("application/msword", "doc", false),
    XLS("application/vnd.ms-excel", "xls", false);

    private final String contentType;
    private final String extension;
    private final boolean previewable;

    AttachmentType(String contentType, String extension, boolean previewable) {
        this.contentType = contentType;
        this.extension = extension;
        this.previewable = previewable;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** Shown inline by the browser itself (images, PDF); everything else is only downloaded. */
    public boolean previewable() {
        return previewable;
    }

    public static AttachmentType ofContentType(String contentType) {
        for (AttachmentType t : values()) {
            if (t.contentType.equals(contentType)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown content type " + contentType);
    }
}
