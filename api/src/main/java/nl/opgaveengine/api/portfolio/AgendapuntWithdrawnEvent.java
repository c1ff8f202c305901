package nl.opgaveengine.api.portfolio;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.serialization.Revision;

/** An item was taken off the strategic agenda; the attribution says why. */
@Revision("1")
public record AgendapuntWithdrawnEvent(String agendaId, String agendapuntId, Attribution attribution) {
}
