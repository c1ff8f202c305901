package nl.opgaveengine.engine.command;

import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A called child instance completed: its call activity in the parent continues with the child's variables. */
public record CompleteCallActivityCommand(@TargetAggregateIdentifier String aggregateId, long elementInstanceKey,
                                          long childProcessInstanceKey, Map<String, Object> variables) {
}
