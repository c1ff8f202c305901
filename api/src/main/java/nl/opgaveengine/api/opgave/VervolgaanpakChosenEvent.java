package nl.opgaveengine.api.opgave;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The vervolgaanpak decision starts these linked sub-opgaven with this werkwijze. {@code rollen}: who held which role
 * on the parent when it was decided; the sub-opgaven start with them (null in events stored before it existed).
 */
@Revision("1")
public record VervolgaanpakChosenEvent(String opgaveId, String gateId, Werkwijze werkwijze, List<Subopgave> subopgaven,
                                       Attribution attribution, java.util.Map<Rol, List<String>> rollen)
        implements OpgaveEvent {

    public VervolgaanpakChosenEvent(String opgaveId, String gateId, Werkwijze werkwijze, List<Subopgave> subopgaven,
                                    Attribution attribution) {
        this(opgaveId, gateId, werkwijze, subopgaven, attribution, null);
    }
}
