package nl.opgaveengine.api.initiatief;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Submits an initiative from society; the initiator is the acting user. {@code gebied} (where the initiative takes
 * place) and {@code initiatiefnemerGebied} (where the initiator belongs) are optional and on the list of areas.
 */
public record SubmitInitiatiefCommand(@TargetAggregateIdentifier String initiatiefId, String titel, String omschrijving,
                                      String thema, String gebied, InitiatiefnemerSoort initiatiefnemerSoort,
                                      String organisatie, String gevraagdeOndersteuning, Attribution attribution,
                                      String initiatiefnemerGebied) {

    /** An initiative whose initiator names no area of their own. */
    public SubmitInitiatiefCommand(String initiatiefId, String titel, String omschrijving, String thema, String gebied,
                                   InitiatiefnemerSoort initiatiefnemerSoort, String organisatie,
                                   String gevraagdeOndersteuning, Attribution attribution) {
        this(initiatiefId, titel, omschrijving, thema, gebied, initiatiefnemerSoort, organisatie,
                gevraagdeOndersteuning, attribution, null);
    }
}
