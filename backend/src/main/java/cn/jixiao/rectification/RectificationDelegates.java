package cn.jixiao.rectification;

import java.util.function.LongConsumer;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The delegates of the model {@code rectification}: each hands the rectification id to {@link RectificationSteps}. */
@Configuration
public class RectificationDelegates {

    @Bean
    JavaDelegate rectificationSubmitDelegate(RectificationSteps steps) {
        return of(steps::submitted);
    }

    @Bean
    JavaDelegate rectificationApproveDelegate(RectificationSteps steps) {
        return of(steps::approved);
    }

    @Bean
    JavaDelegate rectificationReturnDelegate(RectificationSteps steps) {
        return of(steps::returned);
    }

    @Bean
    JavaDelegate rectificationAcceptDelegate(RectificationSteps steps) {
        return of(steps::accepted);
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

    private static JavaDelegate of(LongConsumer step) {
        return execution -> step.accept(((Number) execution.getVariable("rectificationId")).longValue());
    }
}
