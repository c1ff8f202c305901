package nl.opgaveengine.api.opgave;

import java.util.List;
import org.axonframework.serialization.Revision;

/** The vervolgaanpak decision starts these linked sub-opgaven with this werkwijze. */
@Revision("1")
public record VervolgaanpakChosenEvent(String opgaveId, String gateId, Werkwijze werkwijze, List<Subopgave> subopgaven,
                                       Attribution attribution) implements OpgaveEvent {
}
