package cn.jixiao.workflow;

import cn.jixiao.security.CurrentUser;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who is completing which task with what request, for the delegates that run inside that
 * {@code taskService.complete} call. Delegates fired by timers see no step.
 */
public final class CurrentStep {

    public record Step(CurrentUser actor, String taskKey, StepRequest request) {
    }

    private static final ThreadLocal<Step> CURRENT = new ThreadLocal<>();

    private CurrentStep() {
    }

    public static <T> T runAs(Step step, Supplier<T> work) {
        CURRENT.set(step);
        try {
            return work.get();
        } finally {
            CURRENT.remove();
        }
    }

    public static Optional<Step> get() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static Step require() {
        return get().orElseThrow(() -> new IllegalStateException("no user step in progress"));
    }
}
