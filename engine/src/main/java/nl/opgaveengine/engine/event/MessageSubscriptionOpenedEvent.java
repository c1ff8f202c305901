package nl.opgaveengine.engine.event;

import org.axonframework.serialization.Revision;

/** A receive task or message catch event waits for a message with this name and correlation key. */
@Revision("1")
public record MessageSubscriptionOpenedEvent(long processInstanceKey, long elementInstanceKey, String elementId, String messageName,
                                             String correlationKey) {
}
