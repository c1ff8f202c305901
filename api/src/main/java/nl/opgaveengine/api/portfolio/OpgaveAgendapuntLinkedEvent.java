package nl.opgaveengine.api.portfolio;

import nl.opgaveengine.api.opgave.Attribution;
import nl.opgaveengine.api.opgave.OpgaveBetrokkenEvent;
import org.axonframework.serialization.Revision;

/** An opgave was linked to an item of the strategic agenda. */
@Revision("1")
public record OpgaveAgendapuntLinkedEvent(String agendaId, String agendapuntId, AgendapuntSoort soort, String naam,
                                          String opgaveId, Attribution attribution)
        implements OpgaveBetrokkenEvent {
}
