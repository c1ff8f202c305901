package nl.opgaveengine.api.opgave;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A gate opened: its required document, deciding role and possible outcomes come from the model.
 * {@code correlatieSleutel} (null in events stored before it existed) is the key its decision is
 * correlated on: unique per opening of the gate.
 */
@Revision("1")
public record GateOpenedEvent(String opgaveId, String gateId, String gateNaam, String fase, String vereistDocument, Rol beslisser, List<String> uitkomsten, Attribution attribution, String correlatieSleutel) implements OpgaveEvent {

    public GateOpenedEvent(String opgaveId, String gateId, String gateNaam, String fase, String vereistDocument,
                           Rol beslisser, List<String> uitkomsten, Attribution attribution) {
        this(opgaveId, gateId, gateNaam, fase, vereistDocument, beslisser, uitkomsten, attribution, null);
    }
}
