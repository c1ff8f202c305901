package nl.opgaveengine.api.initiatief;

import java.util.List;
import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.serialization.Revision;

/** An initiative was assessed against the frames of version {@code kadersVersie}; the attribution says why. */
@Revision("1")
public record InitiatiefAssessedEvent(String initiatiefId, int kadersVersie, List<Toetsing> toetsingen,
                                      Beoordeling beoordeling, Strategie strategie, Attribution attribution) {
}
