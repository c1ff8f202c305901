package nl.opgaveengine.engine.event;

import org.axonframework.serialization.Revision;

/**
 * An element waits for a message with this name and correlation key. {@code elementId} is the catching element;
 * for a boundary event or an event-based gateway the subscription has a key of its own and
 * {@code ownerElementInstanceKey} names the activity or gateway it belongs to (null: the element itself).
 */
@Revision("1")
public record MessageSubscriptionOpenedEvent(long processInstanceKey, long elementInstanceKey, String elementId,
                                             String messageName, String correlationKey, Long ownerElementInstanceKey) {
}
