package nl.opgaveengine.engine.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Resolves an incident and retries the stuck step. */
public record ResolveIncidentCommand(@TargetAggregateIdentifier String aggregateId, long incidentKey) {
}
