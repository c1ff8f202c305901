package nl.opgaveengine.api.portfolio;

import java.util.List;
import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.serialization.Revision;

/** A prioritisation round was opened with its criteria. */
@Revision("1")
public record PrioriteringsrondeOpenedEvent(String rondeId, String naam, List<Criterium> criteria,
                                            Attribution attribution) {
}
