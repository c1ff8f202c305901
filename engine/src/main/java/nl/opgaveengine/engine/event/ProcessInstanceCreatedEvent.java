package nl.opgaveengine.engine.event;

import org.axonframework.serialization.Revision;

/** A process instance was created on a definition version; its start variables follow as VariablesSetEvent. */
@Revision("1")
public record ProcessInstanceCreatedEvent(long processInstanceKey, long processDefinitionKey, String bpmnProcessId,
                                          int version) {
}
