package nl.opgaveengine.engine.event;

import java.time.Instant;
import java.util.Map;
import org.axonframework.serialization.Revision;

/**
 * A message was published; it stays buffered until expiresAt for subscriptions opened later. {@code messageId} is
 * the publisher's id for de-duplication (null when none was given, and in events written before it existed).
 */
@Revision("1")
public record MessagePublishedEvent(long messageKey, String name, String correlationKey, Instant publishedAt, Instant expiresAt,
                                    Map<String, Object> variables, String messageId) {
}
