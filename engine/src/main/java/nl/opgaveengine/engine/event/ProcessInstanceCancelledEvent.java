package nl.opgaveengine.engine.event;

import org.axonframework.serialization.Revision;

/** A process instance was cancelled; all its elements were terminated. */
@Revision("1")
public record ProcessInstanceCancelledEvent(long processInstanceKey, long processDefinitionKey, String bpmnProcessId) {
}
