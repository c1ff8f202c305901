package nl.opgaveengine.engine.command;

import java.time.Instant;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Publishes a message on its own aggregate. */
public record PublishMessageCommand(@TargetAggregateIdentifier String aggregateId, long messageKey, String name, String correlationKey,
                                    Instant publishedAt, Instant expiresAt, Map<String, Object> variables,
                                    String messageId) {
}
