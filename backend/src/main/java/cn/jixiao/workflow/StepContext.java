package cn.jixiao.workflow;

import cn.jixiao.security.CurrentUser;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;

/**
 * Who is completing which task with what request, for the delegates that run inside that {@code complete} (or
 * the recall's correlation). It travels as the transient process variable {@value #VARIABLE}: set on the call,
 * seen by every delegate of that transaction, also in the review cycle the main process calls
 * ({@code camunda:in variables="all"} hands transient variables on), and never stored. Timer delegates see none.
 */
public record StepContext(CurrentUser actor, String taskKey, StepRequest request) {

    static final String VARIABLE = "step";

    /** As the engine holds it: transient, so it needs no serialization and never reaches the database. */
    ObjectValue asVariable() {
        return Variables.objectValue(this, true).create();
    }

    /** The step in progress where a task listener runs: present inside a person's complete or recall, empty for timers and starts. */
    public static Optional<StepContext> find(VariableScope scope) {
        return scope.getVariable(VARIABLE) instanceof StepContext step ? Optional.of(step) : Optional.empty();
    }

    /** The step of a delegate fired by a person's action. */
    public static StepContext of(DelegateExecution execution) {
        if (execution.getVariable(VARIABLE) instanceof StepContext step) {
            return step;
        }
        throw new IllegalStateException("no person's step in progress at " + execution.getCurrentActivityId());
    }
}
