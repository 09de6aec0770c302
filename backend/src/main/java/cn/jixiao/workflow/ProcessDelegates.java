package cn.jixiao.workflow;

import java.util.function.LongConsumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates the BPMN models name in {@code camunda:delegateExpression}. Each one only hands the
 * form id to {@link FormSteps}; all logic lives there.
 */
@Configuration
public class ProcessDelegates {

    @Bean
    JavaDelegate submitFormDelegate(FormSteps steps) {
        return forForm(steps::submitted);
    }

    @Bean
    JavaDelegate reportCheckDelegate(FormSteps steps) {
        return forForm(steps::reportChecked);
    }

    @Bean
    JavaDelegate approveFormDelegate(FormSteps steps) {
        return forForm(steps::approved);
    }

    @Bean
    JavaDelegate returnFormDelegate(FormSteps steps) {
        return forForm(steps::returned);
    }

    @Bean
    JavaDelegate signFormDelegate(FormSteps steps) {
        return forForm(steps::signed);
    }

    @Bean
    JavaDelegate recallFormDelegate(FormSteps steps) {
        return forForm(steps::recalled);
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

    private static JavaDelegate forForm(LongConsumer step) {
        return execution -> step.accept(formId(execution));
    }

    static long formId(DelegateExecution execution) {
        return ((Number) execution.getVariable("formId")).longValue();
    }
}
