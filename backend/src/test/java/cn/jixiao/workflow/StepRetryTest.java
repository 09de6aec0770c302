package cn.jixiao.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jixiao.web.ApiException;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class StepRetryTest {

    @Test
    void aStepThatLostToATimerRunsAgainAndSucceeds() {
        AtomicInteger attempts = new AtomicInteger();
        String result = StepRetry.onContention(() -> {
            if (attempts.incrementAndGet() < StepRetry.ATTEMPTS) {
                throw new EngineContention(new OptimisticLockingException("timer job updated the execution"));
            }
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(StepRetry.ATTEMPTS);
    }

    @Test
    void afterTheLastAttemptTheUserGetsA409ThatSaysToTryAgain() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> StepRetry.onContention(() -> {
            attempts.incrementAndGet();
            throw new EngineContention(new OptimisticLockingException("again"));
        })).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(e.getMessage()).contains("请稍后重试");
        });
        assertThat(attempts).hasValue(StepRetry.ATTEMPTS);
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> StepRetry.onContention(() -> {
            attempts.incrementAndGet();
            throw ApiException.conflict("该任务已被处理");
        })).hasMessage("该任务已被处理");
        assertThat(attempts).hasValue(1);
    }
}
