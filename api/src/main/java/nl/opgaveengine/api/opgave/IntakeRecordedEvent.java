package nl.opgaveengine.api.opgave;

import org.axonframework.serialization.Revision;

/** The intake was done; the advice is part of the fact. */
@Revision("1")
public record IntakeRecordedEvent(String opgaveId, Voorscheider.Antwoorden antwoorden, Voorscheider.Advies advies, Attribution attribution) implements OpgaveEvent {
}
