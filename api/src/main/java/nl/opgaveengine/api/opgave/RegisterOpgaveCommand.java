package nl.opgaveengine.api.opgave;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a new opgave. */
public record RegisterOpgaveCommand(@TargetAggregateIdentifier String opgaveId, String titel, String omschrijving, String thema, String gebied, String initiatiefnemer, Attribution attribution) {
}
