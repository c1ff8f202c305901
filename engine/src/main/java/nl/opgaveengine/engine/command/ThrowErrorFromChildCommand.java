package nl.opgaveengine.engine.command;

import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A called child instance threw a BPMN error that nothing in the child caught: the parent's call activity (and
 * what encloses it) gets the chance to catch it, as Camunda 8 propagates errors out of called processes.
 */
public record ThrowErrorFromChildCommand(@TargetAggregateIdentifier String aggregateId, long elementInstanceKey,
                                         long childProcessInstanceKey, String errorCode, String errorMessage,
                                         Map<String, Object> variables) {
}
