package nl.opgaveengine.engine.event;

import org.axonframework.serialization.Revision;

/** An element is stuck (no retries left, an expression failed); the token waits until the incident is resolved. */
@Revision("1")
public record IncidentCreatedEvent(long processInstanceKey, long incidentKey, long elementInstanceKey, String elementId, String errorType,
                                   String errorMessage, Long jobKey) {
}
