package nl.opgaveengine.api.initiatief;

import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.opgave.OpgaveBetrokkenEvent;
import org.axonframework.serialization.Revision;

/** An accepted initiative becomes opgave {@code opgaveId}, with the initiator as its initiatiefnemer. */
@Revision("1")
public record InitiatiefConvertedEvent(String initiatiefId, String opgaveId, String titel, String omschrijving,
                                       String thema, String gebied, String initiatiefnemer, Strategie strategie,
                                       Attribution attribution)
        implements OpgaveBetrokkenEvent {
}
