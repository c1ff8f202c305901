package nl.opgaveengine.api.portfolio;

import nl.opgaveengine.api.opgave.Attribution;
import org.axonframework.serialization.Revision;

/** A theme, goal or BBV programme was added to the strategic agenda. */
@Revision("1")
public record AgendapuntAddedEvent(String agendaId, String agendapuntId, AgendapuntSoort soort, String naam,
                                   String omschrijving, String bovenliggendId, Attribution attribution) {
}
