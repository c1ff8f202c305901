package nl.opgaveengine.api.opgave;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the process instance (and model version) that drives the opgave. */
public record LinkProcessCommand(@TargetAggregateIdentifier String opgaveId, String bpmnProcessId, int versie, long processDefinitionKey, long processInstanceKey, Attribution attribution) {
}
