package nl.opgaveengine.engine.event;

import java.util.Map;
import org.axonframework.serialization.Revision;

/** A message was correlated to a waiting subscription. */
@Revision("1")
public record MessageSubscriptionCorrelatedEvent(long processInstanceKey, long elementInstanceKey, long messageKey, String messageName,
                                                 String correlationKey, Map<String, Object> variables) {
}
