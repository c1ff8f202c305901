package nl.opgaveengine.api.opgave;

import org.axonframework.serialization.Revision;

/** A phase started; {@code herhaling} counts how often this phase ran before. */
@Revision("1")
public record FaseStartedEvent(String opgaveId, String fase, String faseNaam, int herhaling, Attribution attribution) implements OpgaveEvent {
}
