package cn.jixiao.workflow;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.AbstractTypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * The engine looks for a serializer even for a transient variable (and Java serialization is off, rightly); a
 * {@link StepContext} is only ever transient, so this one accepts it and writes nothing.
 */
final class StepContextSerializer extends AbstractTypedValueSerializer<ObjectValue> {

    StepContextSerializer() {
        super(ValueType.OBJECT);
    }

    @Override
    public String getName() {
        return "jixiao-step-context";
    }

    @Override
    protected boolean canWriteValue(TypedValue value) {
        return value.isTransient() && value.getValue() instanceof StepContext;
    }

    @Override
    public void writeValue(ObjectValue value, ValueFields fields) {
        // transient: the engine keeps the value itself for the transaction and stores nothing
    }

    @Override
    public ObjectValue readValue(ValueFields fields, boolean deserializeValue, boolean isTransient) {
        throw new IllegalStateException("a step context is never stored: variable " + fields.getName());
    }

    @Override
    public ObjectValue convertToTypedValue(UntypedValueImpl untyped) {
        throw new IllegalStateException("a step context is set as a transient object value (StepContext.asVariable)");
    }

    /** Registers the serializer with the engine before its own. */
    @Component
    static class Plugin extends AbstractProcessEnginePlugin {

        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
            if (configuration.getCustomPreVariableSerializers() == null) {
                configuration.setCustomPreVariableSerializers(new ArrayList<>());
            }
            configuration.getCustomPreVariableSerializers().add(new StepContextSerializer());
        }
    }
}
