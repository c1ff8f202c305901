package nl.opgaveengine.api.opgave;

import java.util.List;
import org.axonframework.serialization.Revision;

/** The model ran the step task for a reported step (or, without one, for a step it activated itself). */
@Revision("1")
public record ProcesstapExecutedEvent(String opgaveId, String stapId, Processtap stap, String omschrijving, String uitkomst,
                                      List<String> spelers, Procesveld veld, String elementId, long elementInstanceKey,
                                      boolean aanpakGekozen, Attribution attribution) implements OpgaveEvent {
}
