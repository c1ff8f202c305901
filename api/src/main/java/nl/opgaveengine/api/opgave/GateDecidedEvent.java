package nl.opgaveengine.api.opgave;

import org.axonframework.serialization.Revision;

/** A gate was decided, by the role the model names, on a document version. */
@Revision("1")
public record GateDecidedEvent(String opgaveId, String gateId, String gateNaam, String fase, String uitkomst, String documentId, String documentNaam, String documentVersie, String documentHash, Attribution attribution) implements OpgaveEvent {
}
