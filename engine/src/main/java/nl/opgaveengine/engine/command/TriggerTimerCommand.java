package nl.opgaveengine.engine.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Fires a due timer of an instance (or, on a definition aggregate, a timer start event); a no-op when it is gone. */
public record TriggerTimerCommand(@TargetAggregateIdentifier String aggregateId, long timerKey) {
}
