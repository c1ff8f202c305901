package nl.opgaveengine.engine.event;

import org.axonframework.serialization.Revision;

/** A call activity created a child process instance (its ProcessInstanceCreatedEvent names this instance as parent). */
@Revision("1")
public record ChildProcessInstanceCalledEvent(long processInstanceKey, long elementInstanceKey, String elementId,
                                              long childProcessInstanceKey, long childProcessDefinitionKey,
                                              String childBpmnProcessId) {
}
