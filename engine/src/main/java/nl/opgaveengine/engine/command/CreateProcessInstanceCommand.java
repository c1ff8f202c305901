package nl.opgaveengine.engine.command;

import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates a process instance and runs it to its first wait states; {@code startElementId} names a timer or
 * message start event, null the none start event. A called child names its parent instance and call activity.
 */
public record CreateProcessInstanceCommand(@TargetAggregateIdentifier String aggregateId, long processInstanceKey,
                                           long processDefinitionKey, String bpmnProcessId, int version,
                                           Map<String, Object> variables, String startElementId,
                                           Long parentProcessInstanceKey, Long parentElementInstanceKey) {

    public CreateProcessInstanceCommand(String aggregateId, long processInstanceKey, long processDefinitionKey,
                                        String bpmnProcessId, int version, Map<String, Object> variables,
                                        String startElementId) {
        this(aggregateId, processInstanceKey, processDefinitionKey, bpmnProcessId, version, variables, startElementId,
                null, null);
    }

    public CreateProcessInstanceCommand(String aggregateId, long processInstanceKey, long processDefinitionKey,
                                        String bpmnProcessId, int version, Map<String, Object> variables) {
        this(aggregateId, processInstanceKey, processDefinitionKey, bpmnProcessId, version, variables, null);
    }
}
