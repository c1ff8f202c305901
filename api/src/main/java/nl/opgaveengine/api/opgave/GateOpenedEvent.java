package nl.opgaveengine.api.opgave;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A gate opened: its required document, deciding role and possible outcomes come from the model.
 * {@code correlatieSleutel} (null in events stored before it existed) is the key its decision is
 * correlated on: unique per opening of the gate. {@code uiterlijkOp} is when it must be decided (the model's
 * {@code termijn} header from the opening; null when the model sets none, and in events stored before it existed).
 */
@Revision("1")
public record GateOpenedEvent(String opgaveId, String gateId, String gateNaam, String fase, String vereistDocument, Rol beslisser, List<String> uitkomsten, Attribution attribution, String correlatieSleutel, Instant uiterlijkOp) implements OpgaveEvent {

    public GateOpenedEvent(String opgaveId, String gateId, String gateNaam, String fase, String vereistDocument,
                           Rol beslisser, List<String> uitkomsten, Attribution attribution) {
        this(opgaveId, gateId, gateNaam, fase, vereistDocument, beslisser, uitkomsten, attribution, null, null);
    }
}
