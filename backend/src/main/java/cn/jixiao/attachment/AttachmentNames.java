package cn.jixiao.attachment;

/** The name an attachment is kept and downloaded under: the uploaded file's own name, made harmless. */
final class AttachmentNames {

    static final int MAX_LENGTH = 200;

    private AttachmentNames() {
    }

    /** Without any path, control or quoting characters, at most 200 characters; a default when nothing is left. */
    static String clean(String original, AttachmentType type) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && c != '"' && c != '<' && c != '>' && c != '\u2028' && c != '\u2029')
                .limit(MAX_LENGTH)
                .forEach(kept::appendCodePoint);
        String cleaned = kept.toString().strip();
        return cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..") ? "附件." + type.extension() : cleaned;
    }
}
