package nl.opgaveengine.api.initiatief;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.serialization.Revision;

/** An initiative was submitted under the frames of version {@code kadersVersie}. */
@Revision("1")
public record InitiatiefSubmittedEvent(String initiatiefId, String titel, String omschrijving, String thema,
                                       String gebied, String initiatiefnemer, InitiatiefnemerSoort initiatiefnemerSoort,
                                       String organisatie, String gevraagdeOndersteuning, int kadersVersie,
                                       Attribution attribution) {
}
