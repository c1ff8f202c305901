package nl.opgaveengine.api.opgave;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a new opgave. {@code gebied} and the initiator's own area ({@code initiatiefnemerGebied}) are optional;
 * when given they must be on the municipality's list of areas.
 */
public record RegisterOpgaveCommand(@TargetAggregateIdentifier String opgaveId, String titel, String omschrijving,
                                    String thema, String gebied, String initiatiefnemer, Attribution attribution,
                                    String initiatiefnemerGebied) {

    /** An opgave whose initiator has no area of their own. */
    public RegisterOpgaveCommand(String opgaveId, String titel, String omschrijving, String thema, String gebied,
                                 String initiatiefnemer, Attribution attribution) {
        this(opgaveId, titel, omschrijving, thema, gebied, initiatiefnemer, attribution, null);
    }
}
