package nl.opgaveengine.engine.command;

import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Completes a job and continues the instance. */
public record CompleteJobCommand(@TargetAggregateIdentifier String aggregateId, long jobKey, Map<String, Object> variables) {
}
