package nl.opgaveengine.api.opgave;

import org.axonframework.serialization.Revision;

/**
 * The opgave is driven by this process instance of this model version; {@code procesSleutel} (null in
 * events stored before it existed) is the key its gate decisions are correlated on.
 */
@Revision("1")
public record ProcessLinkedEvent(String opgaveId, String bpmnProcessId, int versie, long processDefinitionKey, long processInstanceKey, Attribution attribution, String procesSleutel) implements OpgaveEvent {

    public ProcessLinkedEvent(String opgaveId, String bpmnProcessId, int versie, long processDefinitionKey,
                              long processInstanceKey, Attribution attribution) {
        this(opgaveId, bpmnProcessId, versie, processDefinitionKey, processInstanceKey, attribution, null);
    }
}
