package nl.opgaveengine.api.opgave;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records the process instance (and model version) that drives the opgave, and the key its gate
 * decisions are correlated on ({@code procesSleutel}: unique per started instance).
 */
public record LinkProcessCommand(@TargetAggregateIdentifier String opgaveId, String bpmnProcessId, int versie, long processDefinitionKey, long processInstanceKey, Attribution attribution, String procesSleutel) {

    public LinkProcessCommand(String opgaveId, String bpmnProcessId, int versie, long processDefinitionKey,
                              long processInstanceKey, Attribution attribution) {
        this(opgaveId, bpmnProcessId, versie, processDefinitionKey, processInstanceKey, attribution, null);
    }
}
