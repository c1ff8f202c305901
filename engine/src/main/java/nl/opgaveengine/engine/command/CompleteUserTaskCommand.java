package nl.opgaveengine.engine.command;

import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Completes a user task with variables. */
public record CompleteUserTaskCommand(@TargetAggregateIdentifier String aggregateId, long userTaskKey,
                                      Map<String, Object> variables) {
}
