package cn.jixiao.rectification;

import cn.jixiao.workflow.StepContext;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The delegates of the model {@code rectification}: each hands the rectification id to {@link RectificationSteps}. */
@Configuration
public class RectificationDelegates {

    @Bean
    JavaDelegate rectificationSubmitDelegate(RectificationSteps steps) {
        return forStep(steps::submitted);
    }

    @Bean
    JavaDelegate rectificationApproveDelegate(RectificationSteps steps) {
        return forStep(steps::approved);
    }

    @Bean
    JavaDelegate rectificationReturnDelegate(RectificationSteps steps) {
        return forStep(steps::returned);
    }

    @Bean
    JavaDelegate rectificationAcceptDelegate(RectificationSteps steps) {
        return forStep(steps::accepted);
    }

    @Bean
    JavaDelegate rectificationReminderDelegate(RectificationSteps steps) {
        return of(steps::remindFiler);
    }

    @Bean
    JavaDelegate rectificationOverdueDelegate(RectificationSteps steps) {
        return of(steps::markOverdue);
    }

    @Bean
    JavaDelegate rectificationReviewReminderDelegate(RectificationSteps steps) {
        return of(steps::remindReviewers);
    }

    /** A timer's step: no person acts. */
    private static JavaDelegate of(LongConsumer step) {
        return execution -> step.accept(rectificationId(execution));
    }

    /** After a person's complete: the step they took comes with it as a transient variable (StepContext). */
    private static JavaDelegate forStep(BiConsumer<Long, StepContext> step) {
        return execution -> step.accept(rectificationId(execution), StepContext.of(execution));
    }

    private static long rectificationId(DelegateExecution execution) {
        return ((Number) execution.getVariable("rectificationId")).longValue();
    }
}
