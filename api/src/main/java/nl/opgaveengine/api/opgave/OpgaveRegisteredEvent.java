package nl.opgaveengine.api.opgave;

import org.axonframework.serialization.Revision;

/** An opgave was registered. */
@Revision("1")
public record OpgaveRegisteredEvent(String opgaveId, String titel, String omschrijving, String thema, String gebied, String initiatiefnemer, Attribution attribution) implements OpgaveEvent {
}
