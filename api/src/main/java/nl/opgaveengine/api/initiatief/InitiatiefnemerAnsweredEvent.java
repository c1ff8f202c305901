package nl.opgaveengine.api.initiatief;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.serialization.Revision;

/** The initiator was answered. */
@Revision("1")
public record InitiatiefnemerAnsweredEvent(String initiatiefId, String initiatiefnemer, Beoordeling beoordeling,
                                           String antwoord, Attribution attribution) {
}
