package nl.opgaveengine.engine.command;

import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets variables on a scope: all of them local to it, or each propagated to the nearest scope holding it. */
public record SetVariablesCommand(@TargetAggregateIdentifier String aggregateId, long scopeKey,
                                  Map<String, Object> variables, boolean local) {
}
