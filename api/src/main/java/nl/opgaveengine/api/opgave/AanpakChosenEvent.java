package nl.opgaveengine.api.opgave;

import org.axonframework.serialization.Revision;

/** The approach is settled; the bestuurlijk opdrachtgever decides on the vervolgaanpak next. */
@Revision("1")
public record AanpakChosenEvent(String opgaveId, Attribution attribution) implements OpgaveEvent {
}
