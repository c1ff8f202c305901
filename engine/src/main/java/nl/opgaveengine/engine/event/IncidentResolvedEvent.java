package nl.opgaveengine.engine.event;

import org.axonframework.serialization.Revision;

/** An incident was resolved; the element continues. */
@Revision("1")
public record IncidentResolvedEvent(long processInstanceKey, long incidentKey) {
}
