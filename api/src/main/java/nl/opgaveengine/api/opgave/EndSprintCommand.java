package nl.opgaveengine.api.opgave;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The team ends the running sprint before its timebox (improvisatie). */
public record EndSprintCommand(@TargetAggregateIdentifier String opgaveId, Attribution attribution) {
}
