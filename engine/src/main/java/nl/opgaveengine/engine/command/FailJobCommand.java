package nl.opgaveengine.engine.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Fails a job: activatable again with retries left, an incident without. */
public record FailJobCommand(@TargetAggregateIdentifier String aggregateId, long jobKey, int retries, String errorMessage) {
}
