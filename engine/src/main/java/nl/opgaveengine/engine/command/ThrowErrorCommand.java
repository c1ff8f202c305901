package nl.opgaveengine.engine.command;

import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A worker reports a business error for its job: caught by an error boundary event, or an incident. */
public record ThrowErrorCommand(@TargetAggregateIdentifier String aggregateId, long jobKey, String errorCode,
                                String errorMessage, Map<String, Object> variables) {
}
