package nl.opgaveengine.engine.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Fires a due timer of a timer start event on its definition aggregate; a no-op when a newer version replaced it. */
public record TriggerStartTimerCommand(@TargetAggregateIdentifier String aggregateId, long timerKey) {
}
