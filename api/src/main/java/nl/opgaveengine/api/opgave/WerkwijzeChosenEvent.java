package nl.opgaveengine.api.opgave;

import org.axonframework.serialization.Revision;

/** The werkwijze was chosen; {@code afwijkendVanAdvies} marks an override of the intake advice. */
@Revision("1")
public record WerkwijzeChosenEvent(String opgaveId, Werkwijze werkwijze, Werkwijze geadviseerd, boolean afwijkendVanAdvies, Attribution attribution) implements OpgaveEvent {
}
