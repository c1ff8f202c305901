package nl.opgaveengine.api.opgave;

import org.axonframework.serialization.Revision;

/**
 * An opgave was registered. {@code initiatiefnemerGebied} is the area the initiator (a player of the opgave) belongs
 * to; null when none was given, and in events stored before players carried an area.
 */
@Revision("1")
public record OpgaveRegisteredEvent(String opgaveId, String titel, String omschrijving, String thema, String gebied,
                                    String initiatiefnemer, Attribution attribution, String initiatiefnemerGebied)
        implements OpgaveEvent {

    /** A registration whose initiator has no area of their own. */
    public OpgaveRegisteredEvent(String opgaveId, String titel, String omschrijving, String thema, String gebied,
                                 String initiatiefnemer, Attribution attribution) {
        this(opgaveId, titel, omschrijving, thema, gebied, initiatiefnemer, attribution, null);
    }
}
