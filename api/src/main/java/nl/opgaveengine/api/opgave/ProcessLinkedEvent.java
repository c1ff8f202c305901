package nl.opgaveengine.api.opgave;

import org.axonframework.serialization.Revision;

/** The opgave is driven by this process instance of this model version. */
@Revision("1")
public record ProcessLinkedEvent(String opgaveId, String bpmnProcessId, int versie, long processDefinitionKey, long processInstanceKey, Attribution attribution) implements OpgaveEvent {
}
