package nl.opgaveengine.api.opgave;

import org.axonframework.serialization.Revision;

/**
 * A gate was decided, by the role the model names, on a document version. {@code correlatieSleutel} is the
 * key the waiting model correlates the decision on (null in events stored before it existed).
 */
@Revision("1")
public record GateDecidedEvent(String opgaveId, String gateId, String gateNaam, String fase, String uitkomst, String documentId, String documentNaam, String documentVersie, String documentHash, Attribution attribution, String correlatieSleutel) implements OpgaveEvent {

    public GateDecidedEvent(String opgaveId, String gateId, String gateNaam, String fase, String uitkomst,
                            String documentId, String documentNaam, String documentVersie, String documentHash,
                            Attribution attribution) {
        this(opgaveId, gateId, gateNaam, fase, uitkomst, documentId, documentNaam, documentVersie, documentHash,
                attribution, null);
    }
}
