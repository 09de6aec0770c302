package cn.jixiao.document;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A rule of the domain said no: what kind of refusal it is, a stable code and a Chinese message for the person,
 * with the findings behind it if any. Thrown where the rule lives (a workflow step, the document reader) without
 * knowing about HTTP; the web layer answers each kind with its status.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the request was refused; the web layer maps each to one HTTP status. */
    public enum Kind {
        /** The input is malformed or incomplete (400). */
        INVALID,
        /** The person may not do this (403). */
        FORBIDDEN,
        /** There is no such thing for this person (404). */
        NOT_FOUND,
        /** Someone or something else changed it first (409). */
        CONFLICT,
        /** Well-formed, but the content does not allow it yet, e.g. findings stand (422). */
        UNPROCESSABLE
    }

    private final Kind kind;
    private final String code;
    private final transient List<?> findings;

    public DomainException(Kind kind, String code, String message, List<?> findings) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.findings = findings;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    /** The findings that explain the refusal, or {@code null}. */
    public List<?> findings() {
        return findings;
    }

    /** The domain refusal behind a failure, however deep a framework wrapped it (the engine, Jackson). */
    public static Optional<DomainException> in(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof DomainException refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }
}
