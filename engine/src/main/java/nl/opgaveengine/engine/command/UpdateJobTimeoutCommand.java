package nl.opgaveengine.engine.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves the deadline of an activated job. */
public record UpdateJobTimeoutCommand(@TargetAggregateIdentifier String aggregateId, long jobKey, Instant deadline) {
}
