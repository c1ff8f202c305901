package nl.opgaveengine.engine.event;

import org.axonframework.serialization.Revision;

/** A process instance reached its end. */
@Revision("1")
public record ProcessInstanceCompletedEvent(long processInstanceKey, long processDefinitionKey, String bpmnProcessId) {
}
