package nl.opgaveengine.api.opgave;

import org.axonframework.serialization.Revision;

/** A document version was attached to the opgave. */
@Revision("1")
public record DocumentAttachedEvent(String opgaveId, String documentId, String naam, String versie, String contentHash, String referentie, Attribution attribution) implements OpgaveEvent {
}
