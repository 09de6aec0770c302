package cn.jixiao.workflow;

import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates the BPMN models name in {@code camunda:delegateExpression}. Each one only hands the
 * form id, and for a person's step its {@link StepContext}, to {@link FormSteps}; all logic lives there.
 */
@Configuration
public class ProcessDelegates {

    @Bean
    JavaDelegate submitFormDelegate(FormSteps steps) {
        return forStep(steps::submitted);
    }

    @Bean
    JavaDelegate reportCheckDelegate(FormSteps steps) {
        return forForm(steps::reportChecked);
    }

    @Bean
    JavaDelegate approveFormDelegate(FormSteps steps) {
        return forStep(steps::approved);
    }

    @Bean
    JavaDelegate returnFormDelegate(FormSteps steps) {
        return forStep(steps::returned);
    }

    @Bean
    JavaDelegate signFormDelegate(FormSteps steps) {
        return forStep(steps::signed);
    }

    @Bean
    JavaDelegate recallFormDelegate(FormSteps steps) {
        return forStep(steps::recalled);
    }

    @Bean
    JavaDelegate reminderDelegate(FormSteps steps) {
        return forForm(steps::remindFiler);
    }

    @Bean
    JavaDelegate overdueDelegate(FormSteps steps) {
        return forForm(steps::markOverdue);
    }

    @Bean
    JavaDelegate reviewReminderDelegate(FormSteps steps) {
        return forForm(steps::remindReviewers);
    }

    /** Timers: no person acts. */
    private static JavaDelegate forForm(LongConsumer step) {
        return execution -> step.accept(formId(execution));
    }

    /** After a person's complete or recall: the step they took comes with it (StepContext). */
    private static JavaDelegate forStep(BiConsumer<Long, StepContext> step) {
        return execution -> step.accept(formId(execution), StepContext.of(execution));
    }

    static long formId(DelegateExecution execution) {
        return ((Number) execution.getVariable("formId")).longValue();
    }
}
