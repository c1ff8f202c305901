package nl.opgaveengine.api.opgave;

import org.axonframework.serialization.Revision;

/** The opgave closed with this result. */
@Revision("1")
public record OpgaveClosedEvent(String opgaveId, OpgaveStatus resultaat, Attribution attribution) implements OpgaveEvent {
}
