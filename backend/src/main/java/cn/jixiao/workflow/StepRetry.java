package cn.jixiao.workflow;

import java.util.function.Supplier;

/** Runs a workflow step again, each time in a transaction of its own, while it loses to the engine's timers. */
public final class StepRetry {

    static final int ATTEMPTS = 3;

    private StepRetry() {
    }

    /** {@code step} must open its own transaction (a call through a transactional bean), so a retry starts clean. */
    public static <T> T onContention(Supplier<T> step) {
        for (int attempt = 1; ; attempt++) {
            try {
                return step.get();
            } catch (EngineContention e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
