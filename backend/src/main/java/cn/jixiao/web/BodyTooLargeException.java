package cn.jixiao.web;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * Thrown by the request's input stream at the first byte over the limit. An IOException, so whatever reads the
 * body (Jackson, a String converter) stops there; it arrives wrapped (HttpMessageNotReadableException, a servlet
 * exception), hence {@link #in(Throwable)}.
 */
public class BodyTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("request body over " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    /** The limit that stopped this failure's request, if one did, whatever wraps it. */
    public static Optional<BodyTooLargeException> in(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return Optional.of(tooLarge);
            }
        }
        return Optional.empty();
    }

    public ApiError toBody() {
        return new ApiError("TOO_LARGE", RequestBodyLimits.message(limit));
    }
}
