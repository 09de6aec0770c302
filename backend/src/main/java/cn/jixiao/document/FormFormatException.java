package cn.jixiao.document;

/**
 * A document that is not valid {@code jixiao-form/1}: malformed JSON, an unknown key, a value of the wrong
 * type or an unknown enum value. {@link #path()} is the JSON path of the offending value (e.g.
 * {@code indicators[2].target}); it is the empty string when the document as a whole is at fault (malformed
 * JSON, not an object). {@link #getMessage()} is a Chinese sentence naming the field.
 */
public class FormFormatException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String path;

    public FormFormatException(String path, String message) {
        super(Kind.INVALID, "BAD_REQUEST", message, null);
        this.path = path == null ? "" : path;
    }

    public FormFormatException(String path, String message, Throwable cause) {
        this(path, message);
        initCause(cause);
    }

    /** JSON path of the offending value, {@code ""} for the whole document. */
    public String path() {
        return path;
    }
}
