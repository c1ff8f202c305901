package nl.opgaveengine.api.opgave;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the answers of the intake (voorscheider); the advice follows from them. */
public record RecordIntakeCommand(@TargetAggregateIdentifier String opgaveId, Voorscheider.Antwoorden antwoorden, Attribution attribution) {
}
