package nl.opgaveengine.engine.command;

import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves a running instance to another process definition with an explicit source → target element mapping. */
public record MigrateProcessInstanceCommand(@TargetAggregateIdentifier String aggregateId,
                                            long targetProcessDefinitionKey, String targetBpmnProcessId,
                                            int targetVersion, Map<String, String> mapping, String actor,
                                            String reason) {
}
