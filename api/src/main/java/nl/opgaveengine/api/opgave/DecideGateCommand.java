package nl.opgaveengine.api.opgave;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Decides the open gate: the outcome must be one the model offers, the rationale is the attribution's reason. */
public record DecideGateCommand(@TargetAggregateIdentifier String opgaveId, String gateId, String uitkomst, String documentId, Attribution attribution) {
}
