package nl.opgaveengine.engine.event;

import org.axonframework.serialization.Revision;

/** An element instance completed. */
@Revision("1")
public record ElementCompletedEvent(long processInstanceKey, long elementInstanceKey, String elementId, String elementType) {
}
