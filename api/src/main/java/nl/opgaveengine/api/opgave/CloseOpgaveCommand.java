package nl.opgaveengine.api.opgave;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes the opgave, as the process model says. */
public record CloseOpgaveCommand(@TargetAggregateIdentifier String opgaveId, OpgaveStatus resultaat, Attribution attribution) {
}
