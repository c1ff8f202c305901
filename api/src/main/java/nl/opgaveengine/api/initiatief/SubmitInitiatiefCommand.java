package nl.opgaveengine.api.initiatief;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Submits an initiative from society; the initiator is the acting user. */
public record SubmitInitiatiefCommand(@TargetAggregateIdentifier String initiatiefId, String titel, String omschrijving,
                                      String thema, String gebied, InitiatiefnemerSoort initiatiefnemerSoort,
                                      String organisatie, String gevraagdeOndersteuning, Attribution attribution) {
}
