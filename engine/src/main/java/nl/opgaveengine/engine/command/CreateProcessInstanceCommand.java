package nl.opgaveengine.engine.command;

import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a process instance and runs it to its first wait states. */
public record CreateProcessInstanceCommand(@TargetAggregateIdentifier String aggregateId, long processInstanceKey,
                                           long processDefinitionKey, String bpmnProcessId, int version,
                                           Map<String, Object> variables) {
}
