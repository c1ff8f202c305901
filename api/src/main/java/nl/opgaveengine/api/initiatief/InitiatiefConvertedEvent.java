package nl.opgaveengine.api.initiatief;

import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.opgave.OpgaveBetrokkenEvent;
import org.axonframework.serialization.Revision;

/**
 * An accepted initiative becomes opgave {@code opgaveId}, with the initiator as its initiatiefnemer (and the
 * initiator's own area, {@code initiatiefnemerGebied}; null when none, and in events stored before it existed).
 */
@Revision("1")
public record InitiatiefConvertedEvent(String initiatiefId, String opgaveId, String titel, String omschrijving,
                                       String thema, String gebied, String initiatiefnemer, Strategie strategie,
                                       Attribution attribution, String initiatiefnemerGebied)
        implements OpgaveBetrokkenEvent {

    /** A conversion whose initiator has no area of their own. */
    public InitiatiefConvertedEvent(String initiatiefId, String opgaveId, String titel, String omschrijving,
                                    String thema, String gebied, String initiatiefnemer, Strategie strategie,
                                    Attribution attribution) {
        this(initiatiefId, opgaveId, titel, omschrijving, thema, gebied, initiatiefnemer, strategie, attribution, null);
    }
}
