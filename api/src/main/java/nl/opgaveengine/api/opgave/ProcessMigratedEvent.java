package nl.opgaveengine.api.opgave;

import java.util.Map;

/**
 * The opgave's running instance now runs on another version of its model: from which version to which, with the
 * element mapping, who did it and why. The instance keeps its key and its history.
 */
public record ProcessMigratedEvent(String opgaveId, String bpmnProcessId, int vanVersie, int naarVersie,
                                   long processDefinitionKey, long processInstanceKey, Map<String, String> mapping,
                                   Attribution attribution) implements OpgaveEvent {
}
