package nl.opgaveengine.api.initiatief;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.serialization.Revision;

/**
 * An initiative was submitted under the frames of version {@code kadersVersie}. {@code initiatiefnemerGebied} is the
 * area the initiator belongs to as a player; null when none was given, and in events stored before it existed.
 */
@Revision("1")
public record InitiatiefSubmittedEvent(String initiatiefId, String titel, String omschrijving, String thema,
                                       String gebied, String initiatiefnemer, InitiatiefnemerSoort initiatiefnemerSoort,
                                       String organisatie, String gevraagdeOndersteuning, int kadersVersie,
                                       Attribution attribution, String initiatiefnemerGebied) {

    /** A submission whose initiator names no area of their own. */
    public InitiatiefSubmittedEvent(String initiatiefId, String titel, String omschrijving, String thema, String gebied,
                                    String initiatiefnemer, InitiatiefnemerSoort initiatiefnemerSoort,
                                    String organisatie, String gevraagdeOndersteuning, int kadersVersie,
                                    Attribution attribution) {
        this(initiatiefId, titel, omschrijving, thema, gebied, initiatiefnemer, initiatiefnemerSoort, organisatie,
                gevraagdeOndersteuning, kadersVersie, attribution, null);
    }
}
