package nl.opgaveengine.engine.event;

import org.axonframework.serialization.Revision;

/**
 * A BPMN error was thrown, by a job ({@code jobKey}) or an error end event; {@code catchElementId} is the error
 * boundary event that caught it, null when nothing caught it (then an incident follows).
 */
@Revision("1")
public record ErrorThrownEvent(long processInstanceKey, long elementInstanceKey, String elementId, String errorCode,
                               String errorMessage, Long jobKey, String catchElementId) {
}
