package nl.opgaveengine.engine.event;

import org.axonframework.serialization.Revision;

/** An element instance was terminated (cancel or terminate end event); its job or subscription ends with it. */
@Revision("1")
public record ElementTerminatedEvent(long processInstanceKey, long elementInstanceKey, String elementId, String elementType) {
}
