package nl.opgaveengine.engine.command;

import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Correlates a message to an open subscription of the instance; answers whether it did. */
public record CorrelateMessageCommand(@TargetAggregateIdentifier String aggregateId, long elementInstanceKey, long messageKey, String messageName,
                                      String correlationKey, Map<String, Object> variables) {
}
