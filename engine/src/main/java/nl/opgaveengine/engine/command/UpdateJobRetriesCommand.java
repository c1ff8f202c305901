package nl.opgaveengine.engine.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets a job's retries. */
public record UpdateJobRetriesCommand(@TargetAggregateIdentifier String aggregateId, long jobKey, int retries) {
}
