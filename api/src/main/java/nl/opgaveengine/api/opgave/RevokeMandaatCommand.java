package nl.opgaveengine.api.opgave;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Revokes a delegated mandate before its period ends, with a reason. */
public record RevokeMandaatCommand(@TargetAggregateIdentifier String opgaveId, String mandaatId,
                                   Attribution attribution) {
}
