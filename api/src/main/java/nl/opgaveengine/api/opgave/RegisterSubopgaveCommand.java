package nl.opgaveengine.api.opgave;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a sub-opgave of a parent with the werkwijze its parent's decision chose. */
public record RegisterSubopgaveCommand(@TargetAggregateIdentifier String opgaveId, String parentOpgaveId, String titel,
                                       String omschrijving, String thema, String gebied, Werkwijze werkwijze,
                                       Attribution attribution) {
}
