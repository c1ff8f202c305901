package nl.opgaveengine.api.opgave;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A gate was decided, by the role the model names, on a document version. {@code correlatieSleutel} is the
 * key the waiting model correlates the decision on (null in events stored before it existed). {@code uiterlijkOp} is
 * the gate's due date when it was decided (null: none); a decision after it is a late gate.
 */
@Revision("1")
public record GateDecidedEvent(String opgaveId, String gateId, String gateNaam, String fase, String uitkomst, String documentId, String documentNaam, String documentVersie, String documentHash, Attribution attribution, String correlatieSleutel, Instant uiterlijkOp) implements OpgaveEvent {

    public GateDecidedEvent(String opgaveId, String gateId, String gateNaam, String fase, String uitkomst,
                            String documentId, String documentNaam, String documentVersie, String documentHash,
                            Attribution attribution) {
        this(opgaveId, gateId, gateNaam, fase, uitkomst, documentId, documentNaam, documentVersie, documentHash,
                attribution, null, null);
    }
    /** Whether the decision came after the gate's due date. */
    public boolean teLaat() {
        return uiterlijkOp != null && attribution != null && attribution.at() != null
                && attribution.at().isAfter(uiterlijkOp);
    }
}
