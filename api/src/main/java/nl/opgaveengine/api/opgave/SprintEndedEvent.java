package nl.opgaveengine.api.opgave;

import org.axonframework.serialization.Revision;

/** The team ended sprint {@code sprint} (0 for the first) before its timebox; the sprint review opens next. */
@Revision("1")
public record SprintEndedEvent(String opgaveId, int sprint, Attribution attribution) implements OpgaveEvent {
}
