package nl.opgaveengine.api.opgave;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Starts a phase, as the process model says. */
public record StartFaseCommand(@TargetAggregateIdentifier String opgaveId, String fase, String faseNaam, Attribution attribution) {
}
