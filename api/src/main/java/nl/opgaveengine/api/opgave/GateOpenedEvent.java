package nl.opgaveengine.api.opgave;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A gate opened: its required document, deciding role and possible outcomes come from the model. */
@Revision("1")
public record GateOpenedEvent(String opgaveId, String gateId, String gateNaam, String fase, String vereistDocument, Rol beslisser, List<String> uitkomsten, Attribution attribution) implements OpgaveEvent {
}
