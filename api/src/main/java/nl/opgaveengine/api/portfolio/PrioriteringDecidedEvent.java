package nl.opgaveengine.api.portfolio;

import java.util.List;
import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.serialization.Revision;

/** The college decided a round: the ranking with, per opgave, what is and is not worked on and why. */
@Revision("1")
public record PrioriteringDecidedEvent(String rondeId, String naam, List<Rangschikking> rangschikking,
                                       Attribution attribution) {
}
