package nl.opgaveengine.engine.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Activates a job for a worker if it is activatable; answers the ActivatedJob or null. */
public record ActivateJobCommand(@TargetAggregateIdentifier String aggregateId, long jobKey, String worker, Instant deadline) {
}
