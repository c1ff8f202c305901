package nl.opgaveengine.engine.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancels a process instance, terminating every active element. */
public record CancelProcessInstanceCommand(@TargetAggregateIdentifier String aggregateId, long processInstanceKey) {
}
