package nl.opgaveengine.engine.event;

import org.axonframework.serialization.Revision;

/** A subscription stopped waiting (correlated or its element ended). */
@Revision("1")
public record MessageSubscriptionClosedEvent(long processInstanceKey, long elementInstanceKey) {
}
