package nl.opgaveengine.api.opgave;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A procesregie step was taken and reported; the model runs it next in this process instance. */
@Revision("1")
public record ProcesstapTakenEvent(String opgaveId, String stapId, Processtap stap, String omschrijving, String uitkomst,
                                   List<String> spelers, Procesveld veld, long processInstanceKey,
                                   Attribution attribution) implements OpgaveEvent {
}
